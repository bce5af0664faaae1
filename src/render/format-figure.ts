// Writes a normalised figure back the way a news reader expects it: "$5.57 million", not
// 5570000 USD. Shared by the comparison summary and every renderer so they all say the same.

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };
const WORDS_AFTER: Record<string, string> = { CNY: 'yuan' };

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const scaled = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** "$5.57 million", "€2 billion", "2,000 chips", "10 million users", "70%", "60 days". */
export function formatFigure(value: number, unit: string): string {
  if (unit === '%') return `${plain.format(value)}%`;
  if (unit === 'days') return `${plain.format(value)} ${value === 1 ? 'day' : 'days'}`;
  const amount = withScale(value);
  const symbol = SYMBOLS[unit];
  if (symbol) return `${symbol}${amount}`;
  return `${amount} ${WORDS_AFTER[unit] ?? unit}`;
}

function withScale(value: number): string {
  for (const [size, word] of SCALES) {
    if (Math.abs(value) >= size) return `${scaled.format(value / size)} ${word}`;
  }
  return plain.format(value);
}
