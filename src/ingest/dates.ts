// Calendar dates as news articles write them, turned into ISO YYYY-MM-DD.

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
export const MONTH_PATTERN = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t|tember|t\\.|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

// Each pattern is anchored on word boundaries and uses only bounded, non-nested quantifiers.
const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?=$|[T\s,.;)]|[^\d])/, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  { re: new RegExp(`\\b${MONTH_PATTERN} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i'), parts: (m) => [m[3]!, m[1]!, m[2]!] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_PATTERN},? (\\d{4})\\b`, 'i'), parts: (m) => [m[3]!, m[2]!, m[1]!] },
];

function monthNumber(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  const key = token.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

function toIso(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = monthNumber(month);
  const d = Number(day);
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface FoundDate {
  iso: string;
  /** Where the date text starts and how long it is, to judge how much of a line it makes up. */
  index: number;
  length: number;
}

/** The first calendar date written in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, parts } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const iso = toIso(...parts(m));
    if (iso && (!best || m.index < best.index)) best = { iso, index: m.index, length: m[0].length };
  }
  return best;
}

/** A date field (ISO, ISO timestamp or written out) as YYYY-MM-DD, or null when it is not one. */
export function parseDate(text: string | null | undefined): string | null {
  return text ? (findDate(text)?.iso ?? null) : null;
}
