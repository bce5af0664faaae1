// Finds the numbers a news sentence reports and normalises them so that outlets can be compared:
// "$5.6 million" and "US$5.57 million" both become USD, "2,000 H800 chips" and "50,000 NVIDIA
// H100s" both count "chips", "two months" becomes 60 days.
//
// The scan is a loop over number tokens, each followed by small anchored (sticky) regexes that
// read what sits directly before and after it. Every regex has at most one quantifier per
// alternative, so the work stays linear in the sentence length whatever the input is.
//
// `text` is the verbatim span from the bound word (when there is one) to the unit:
// "under $6 million", "around 50,000 NVIDIA H100s", "9-12 months". A reader needs the bound to
// see why "under $6 million" and "$5.6 million" are not a contradiction.

import type { Figure } from '../core/answer.ts';

const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, dozen: 12,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
  dozen: 12, k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9,
};

/** Digits (commas and decimals are validated in code), or a number word, or "a million". */
const NUMBER_SOURCE =
  '(\\d[\\d,.]*)' +
  '|\\b(a (?:dozen|hundred|thousand|million|billion|trillion)' +
  '|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen' +
  '|fifteen|sixteen|seventeen|eighteen|nineteen|dozen)\\b';
const NUMBER_RE = new RegExp(NUMBER_SOURCE, 'gi');
const NUMBER_AT = new RegExp(NUMBER_SOURCE, 'iy');

const RANGE_JOIN = /[ ]?[-–][ ]?| to /y;
/** A spelled-out scale takes a space; an abbreviated one is glued to the digits ("$100M", "€2bn"). */
const SCALE_AT = /[ ](hundred|thousand|million|billion|trillion|crore|lakh|dozen)\b|(bn|mn|[mbk])(?![\p{L}\p{N}])/iuy;
const PLUS_AT = /\+|-plus\b/y;
const OR_BOUND_AT = /[ ]or (more|higher|greater|less|fewer|so)\b/y;

/** What stands right before a number to make it money. Codes may be followed by one space. */
const CURRENCY_BEFORE = /(?:(?:US|A|C|HK|S|NZ)\$|[$€£¥₹]|\b(?:USD|EUR|GBP|CNY|RMB|INR|JPY|Rs\.?)[ ]?)$/;
const CURRENCY_AFTER = /[ ](US dollars|dollars|euros|pounds sterling|pounds|yuan|renminbi|yen|rupees|USD|EUR|GBP|CNY|RMB|JPY|INR)\b/y;
const CURRENCY_CODES: Record<string, string> = {
  $: 'USD', us$: 'USD', 'us dollars': 'USD', dollars: 'USD', usd: 'USD',
  a$: 'AUD', c$: 'CAD', hk$: 'HKD', s$: 'SGD', nz$: 'NZD',
  '€': 'EUR', euros: 'EUR', eur: 'EUR',
  '£': 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP', gbp: 'GBP',
  '¥': 'JPY', yen: 'JPY', jpy: 'JPY',
  yuan: 'CNY', renminbi: 'CNY', cny: 'CNY', rmb: 'CNY',
  '₹': 'INR', rupees: 'INR', inr: 'INR', rs: 'INR', 'rs.': 'INR',
};

const PERCENT_AT = /[ ]?%|[ -](?:percent|per cent)\b|[ ](percentage points?)\b/y;
const DURATION_AT = /[ -](hours?|days?|weeks?|months?|years?|decades?)\b/iy;
/** "a 30-year-old engineer" and "30 years old" are ages, not durations. */
const AGE_AFTER = /-old\b|[ ]old\b/y;
const DAYS_PER: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365, decade: 3650 };

const WORD_AT = /[ \t\u00a0]{1,3}([\p{L}\p{N}][\p{L}\p{N}'’-]*)/uy;
/** Chip names: H100, H800s, H20, A100, B200, MI300X, GB200. */
const CHIP_MODEL = /^[A-Z]{1,3}\d{2,4}[A-Z]?s?$/;
const CHIP_WORDS = new Set([
  'chip', 'chips', 'microchips', 'gpu', 'gpus', 'tpus', 'npus', 'accelerators', 'processors',
  'semiconductors',
]);
/** Plural-looking words that multiply or refer back rather than count things. */
const NOT_COUNTED = new Set(['times', 'ones', 'others', 'thirds', 'halves', 'fourths', 'quarters']);
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'staff', 'personnel']);

const BOUND_WORDS: Record<string, Figure['bound']> = {
  'just under': 'upper', 'less than': 'upper', 'fewer than': 'upper', 'no more than': 'upper',
  'up to': 'upper', 'at most': 'upper', under: 'upper', below: 'upper', 'as many as': 'upper',
  'as much as': 'upper',
  'just over': 'lower', 'more than': 'lower', 'at least': 'lower', 'upwards of': 'lower',
  'in excess of': 'lower', over: 'lower', above: 'lower',
  roughly: 'approx', around: 'approx', about: 'approx', nearly: 'approx', almost: 'approx',
  approximately: 'approx', some: 'approx', 'close to': 'approx', 'an estimated': 'approx',
};
const BOUND_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(BOUND_WORDS).sort((a, b) => b.length - a.length).join('|')})[ ]$`,
  'iu',
);
const OR_BOUNDS: Record<string, Figure['bound']> = {
  more: 'lower', higher: 'lower', greater: 'lower', less: 'upper', fewer: 'upper', so: 'approx',
};

/**
 * Words that may stand capitalised right before a quantity at the start of a sentence. Any other
 * capitalised word there names something the number belongs to: "Qwen 2.5", "Windows 11", "Jan. 28".
 */
const LEAD_WORDS = new Set([
  'the', 'a', 'an', 'some', 'all', 'only', 'just', 'with', 'and', 'but', 'or', 'of', 'for', 'by',
  'in', 'on', 'at', 'to', 'from', 'another', 'its', 'their', 'his', 'her', 'our', 'these', 'those',
  'nearly', 'almost', 'about', 'around', 'roughly', 'over', 'under', 'below', 'above', 'than',
  'least', 'most', 'up', 'as', 'when', 'after', 'before', 'since', 'while', 'if', 'every', 'each',
  'both', 'there', 'here', 'it', 'we', 'they', 'he', 'she', 'i', 'you', 'then', 'now', 'so', 'yet',
  'also', 'still', 'approximately', 'estimated', 'reportedly',
]);
const PREVIOUS_WORD = /([\p{L}][\p{L}\p{N}'’-]*\.?)[ ]$/u;
/** A number glued to these belongs to a name, a path or a date: V3, GPT-4o, #1, 1/28, 10:30. */
const GLUED_BEFORE = /[\p{L}\p{N}_#/:.@-]/u;

interface NumberToken {
  value: number;
  start: number;
  end: number;
  digits: boolean;
  decimal: boolean;
}

export function extractFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const token = toToken(m, text);
    if (!token) continue;
    const figure = readFigure(text, token);
    if (figure) {
      figures.push(figure.figure);
      NUMBER_RE.lastIndex = figure.end;
    } else {
      NUMBER_RE.lastIndex = Math.max(token.end, m.index + 1);
    }
  }
  return figures;
}

function toToken(m: RegExpExecArray, text: string): NumberToken | undefined {
  const start = m.index;
  if (m[1] !== undefined) {
    const raw = trimTrailingPunctuation(m[1]);
    const value = parseDigits(raw);
    if (value === undefined) return undefined;
    return { value, start, end: start + raw.length, digits: true, decimal: raw.includes('.') };
  }
  const word = (m[2] ?? '').toLowerCase();
  const value = wordValue(word);
  if (value === undefined) return undefined;
  return { value, start, end: start + word.length, digits: false, decimal: false };
}

function trimTrailingPunctuation(raw: string): string {
  let end = raw.length;
  while (end > 1 && (raw[end - 1] === '.' || raw[end - 1] === ',')) end--;
  return raw.slice(0, end);
}

/** "2,000" and "5.57" parse; "1,2,3" (a list) and "3.1.2" (a version) do not. */
function parseDigits(raw: string): number | undefined {
  const parts = raw.split('.');
  if (parts.length > 2) return undefined;
  const groups = (parts[0] ?? '').split(',');
  if (groups.length > 1) {
    if ((groups[0] ?? '').length > 3) return undefined;
    if (groups.slice(1).some((g) => g.length !== 3)) return undefined;
  }
  const fraction = parts[1];
  if (fraction !== undefined && (fraction === '' || fraction.includes(','))) return undefined;
  return Number(groups.join('') + (fraction === undefined ? '' : `.${fraction}`));
}

function wordValue(word: string): number | undefined {
  if (word.startsWith('a ')) return SCALES[word.slice(2)];
  const [tens, unit] = word.split('-');
  if (unit !== undefined) return (TENS[tens ?? ''] ?? 0) + (SMALL_NUMBERS[unit] ?? 0);
  return SMALL_NUMBERS[word] ?? TENS[word];
}

function readNumberAt(text: string, at: number): NumberToken | undefined {
  NUMBER_AT.lastIndex = at;
  const m = NUMBER_AT.exec(text);
  return m ? toToken(m, text) : undefined;
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function readFigure(text: string, token: NumberToken): { figure: Figure; end: number } | undefined {
  const currencyBefore = token.digits ? CURRENCY_BEFORE.exec(text.slice(Math.max(0, token.start - 4), token.start)) : null;
  const spanStart = token.start - (currencyBefore ? currencyBefore[0].length : 0);
  const before = text[spanStart - 1];
  if (before !== undefined && GLUED_BEFORE.test(before)) return undefined;
  if (token.digits && !currencyBefore && followsAName(text, spanStart)) return undefined;

  let value = token.value;
  let end = token.end;
  let bound: Figure['bound'] = 'exact';

  const range = readRange(text, token);
  if (range) {
    value = (token.value + range.value) / 2;
    end = range.end;
    bound = 'approx';
  }

  let scaled = false;
  for (let i = 0; i < 2; i++) {
    const scale = stickyAt(SCALE_AT, text, end);
    if (!scale) break;
    const word = (scale[1] ?? scale[2] ?? '').toLowerCase();
    const glued = scale[2] !== undefined;
    // "$100M", "€2bn", "300M users" — but a glued letter on a bare number is "5G" or "100m" (metres).
    if (glued && (!token.digits || i > 0)) break;
    value *= SCALES[word] ?? 1;
    end = scale.index + scale[0].length;
    scaled = true;
  }
  if (token.digits && /[\p{L}\p{N}]/u.test(text[end] ?? '')) return undefined;

  const plus = stickyAt(PLUS_AT, text, end);
  if (plus) {
    bound = 'lower';
    end += plus[0].length;
  }
  const orBound = stickyAt(OR_BOUND_AT, text, end);
  if (orBound) {
    bound = OR_BOUNDS[(orBound[1] ?? '').toLowerCase()] ?? bound;
    end += orBound[0].length;
  }

  const unit = readUnit(text, end, value, currencyBefore?.[0], token, scaled);
  if (!unit) return undefined;
  value = Number(value.toPrecision(12));
  if (unit.kind === 'duration') value = Number((value * unit.factor).toPrecision(12));
  // A count is of whole things ("Qwen 2.5 models" is a version), and "one model" counts nothing
  // worth comparing.
  if (unit.kind === 'count' && ((token.decimal && !scaled) || value === 1)) return undefined;
  end = unit.end;

  let start = spanStart;
  const boundBefore = BOUND_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (boundBefore) {
    bound = BOUND_WORDS[(boundBefore[1] ?? '').toLowerCase()] ?? bound;
    start -= boundBefore[0].length;
  }
  if (!orBound && !plus) {
    const after = stickyAt(OR_BOUND_AT, text, end);
    if (after) {
      bound = OR_BOUNDS[(after[1] ?? '').toLowerCase()] ?? bound;
      end += after[0].length;
    }
  }
  return { figure: { text: text.slice(start, end), value, unit: unit.unit, kind: unit.kind, bound }, end };
}

function followsAName(text: string, at: number): boolean {
  const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, at - 24), at));
  const word = previous?.[1];
  // A possessive owns the quantity ("Anthropic's 1,000 staff"); it is not a name with a version.
  if (!word || !/\p{Lu}/u.test(word) || /['’]s$/.test(word)) return false;
  const lower = word.toLowerCase().replace(/\.$/, '');
  return !LEAD_WORDS.has(lower) && !(lower in BOUND_WORDS);
}

function readRange(text: string, token: NumberToken): { value: number; end: number } | undefined {
  const join = stickyAt(RANGE_JOIN, text, token.end);
  if (!join) return undefined;
  const second = readNumberAt(text, token.end + join[0].length);
  if (!second || second.digits !== token.digits || second.value <= token.value) return undefined;
  return { value: second.value, end: second.end };
}

interface Unit {
  unit: string;
  kind: Figure['kind'];
  end: number;
  /** Days per unit, for durations. */
  factor: number;
}

function readUnit(
  text: string,
  at: number,
  value: number,
  currencyBefore: string | undefined,
  token: NumberToken,
  scaled: boolean,
): Unit | undefined {
  if (currencyBefore) {
    const code = CURRENCY_CODES[currencyBefore.trim().toLowerCase()];
    return code ? { unit: code, kind: 'money', end: at, factor: 1 } : undefined;
  }
  const currencyAfter = stickyAt(CURRENCY_AFTER, text, at);
  if (currencyAfter) {
    const code = CURRENCY_CODES[(currencyAfter[1] ?? '').toLowerCase()];
    if (code) return { unit: code, kind: 'money', end: at + currencyAfter[0].length, factor: 1 };
  }
  const percent = stickyAt(PERCENT_AT, text, at);
  if (percent) {
    const unit = percent[1] ? 'percentage points' : '%';
    return { unit, kind: 'percent', end: at + percent[0].length, factor: 1 };
  }
  // A bare four-digit number from 1800 to 2199 is a year ("in 2024", "a 2024 op-ed"); news style
  // writes quantities of that size with a comma ("2,000 chips").
  const raw = text.slice(token.start, token.end);
  if (!scaled && /^(1[89]|2[01])\d\d$/.test(raw)) return undefined;
  const duration = stickyAt(DURATION_AT, text, at);
  if (duration) {
    const end = at + duration[0].length;
    if (stickyAt(AGE_AFTER, text, end)) return undefined;
    const word = (duration[1] ?? '').toLowerCase().replace(/s$/, '');
    return { unit: 'days', kind: 'duration', end, factor: DAYS_PER[word] ?? 1 };
  }
  return readCountedNoun(text, at);
}

/**
 * The counted thing is the first plural noun within three words ("2,000 specialized chips",
 * "2,000 Nvidia H800 chips"). A function word before it means the number counts nothing
 * named here ("a factor of four in one year", "16,000 or more required to train").
 */
function readCountedNoun(text: string, at: number): Unit | undefined {
  let end = at;
  let chipModelEnd = -1;
  let graphics = false;
  for (let i = 0; i < 4; i++) {
    const m = stickyAt(WORD_AT, text, end);
    if (!m) break;
    const written = m[1] ?? '';
    const word = written.replace(/(?:['’]s|['’])$/, '');
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower)) break;
    const wordEnd = m.index + m[0].length - (written.length - word.length);
    if (CHIP_MODEL.test(word)) {
      chipModelEnd = wordEnd;
      if (lower.endsWith('s')) return { unit: 'chips', kind: 'count', end: wordEnd, factor: 1 };
    } else if (isPlural(word)) {
      if (NOT_COUNTED.has(lower)) return undefined;
      // "graphics cards" and "graphics processing units" are chips though their head noun is not.
      const chipLike = CHIP_WORDS.has(lower) || (graphics && (lower === 'cards' || lower === 'units'));
      return { unit: chipLike ? 'chips' : lower, kind: 'count', end: wordEnd, factor: 1 };
    }
    graphics ||= lower === 'graphics';
    end = m.index + m[0].length;
  }
  // "50,000 Nvidia H100 that ..." names its chips by model alone.
  return chipModelEnd >= 0 ? { unit: 'chips', kind: 'count', end: chipModelEnd, factor: 1 } : undefined;
}

function isPlural(word: string): boolean {
  // Acronym plurals: GPUs, APIs, CEOs.
  if (/^\p{Lu}[\p{Lu}\p{N}]+s$/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower)) return true;
  // "status", "analysis", "glass" and "graphics", "news", "series" end in s but are not plurals.
  return lower.length > 2 && lower.endsWith('s') && !/(?:ss|us|is|ics|news|series)$/.test(lower);
}

const STOP_WORDS = new Set([
  'of', 'to', 'that', 'which', 'who', 'whom', 'in', 'on', 'at', 'for', 'and', 'or', 'nor', 'but',
  'the', 'a', 'an', 'than', 'from', 'with', 'by', 'as', 'is', 'are', 'was', 'were', 'has', 'have',
  'had', 'be', 'been', 'it', 'its', 'this', 'these', 'those', 'per', 'each', 'more', 'less',
  'fewer', 'ago', 'later', 'earlier', 'prior', 'before', 'after', 'into', 'over', 'under', 'about',
  'around', 'his', 'her', 'their', 'our', 'says', 'said', 'does', 'did', 'do', 'will', 'would',
  'can', 'could', 'may', 'might', 'should', 'not', 'also', 'only', 'just', 'so', 'if', 'when',
  'while', 'since', 'until', 'via', 'across', 'between', 'among', 'during', 'through', 'against',
]);
