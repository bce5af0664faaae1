// Heads of state and government are often named by office and surname only ("President Trump",
// "Chancellor Scholz"). When an article does that and names nobody else with that surname, the
// office pins down the person; a bare surname without the office is left as the article gives it.

const LEADERS: Record<string, { name: string; offices: string[] }> = {
  trump: { name: 'Donald Trump', offices: ['president'] },
  biden: { name: 'Joe Biden', offices: ['president', 'vice president'] },
  obama: { name: 'Barack Obama', offices: ['president'] },
  harris: { name: 'Kamala Harris', offices: ['vice president'] },
  vance: { name: 'JD Vance', offices: ['vice president'] },
  xi: { name: 'Xi Jinping', offices: ['president', 'chairman'] },
  putin: { name: 'Vladimir Putin', offices: ['president'] },
  zelensky: { name: 'Volodymyr Zelensky', offices: ['president'] },
  zelenskyy: { name: 'Volodymyr Zelenskyy', offices: ['president'] },
  macron: { name: 'Emmanuel Macron', offices: ['president'] },
  scholz: { name: 'Olaf Scholz', offices: ['chancellor'] },
  merz: { name: 'Friedrich Merz', offices: ['chancellor'] },
  sunak: { name: 'Rishi Sunak', offices: ['prime minister'] },
  starmer: { name: 'Keir Starmer', offices: ['prime minister'] },
  modi: { name: 'Narendra Modi', offices: ['prime minister'] },
  meloni: { name: 'Giorgia Meloni', offices: ['prime minister'] },
  trudeau: { name: 'Justin Trudeau', offices: ['prime minister'] },
  carney: { name: 'Mark Carney', offices: ['prime minister'] },
  kishida: { name: 'Fumio Kishida', offices: ['prime minister'] },
  ishiba: { name: 'Shigeru Ishiba', offices: ['prime minister'] },
  netanyahu: { name: 'Benjamin Netanyahu', offices: ['prime minister'] },
  erdogan: { name: 'Recep Tayyip Erdogan', offices: ['president'] },
  lula: { name: 'Luiz Inácio Lula da Silva', offices: ['president'] },
  milei: { name: 'Javier Milei', offices: ['president'] },
  yoon: { name: 'Yoon Suk Yeol', offices: ['president'] },
};

/** The full name for a surname the article only gives with an office, or null. */
export function leaderByOffice(surname: string, titles: Iterable<string>): string | null {
  const leader = LEADERS[surname.toLowerCase()];
  if (!leader) return null;
  for (const title of titles) {
    const words = ` ${title.toLowerCase().replace(/[^a-z]+/g, ' ')} `;
    if (leader.offices.some((office) => words.endsWith(` ${office} `))) return leader.name;
  }
  return null;
}
