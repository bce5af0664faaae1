// Sentence splitting: Intl.Segmenter does the heavy lifting; the fixes below undo the splits it
// makes after abbreviations, initials and quotations that news prose uses mid-sentence.

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const EDGE = 80;

// Abbreviations that almost never end a sentence.
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'st',
  'rev', 'hon', 'pres', 'supt', 'vs', 'v', 'cf', 'approx', 'no', 'nos', 'fig', 'ft', 'mt',
]);
const MONTH_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
// Words that typically open a new sentence; after "U.S." they mean the sentence did end.
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'This', 'That', 'These',
  'Those', 'There', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'For', 'As', 'If', 'When',
  'While', 'After', 'Before', 'Since', 'Meanwhile', 'However', 'Still', 'Now', 'Then', 'His', 'Her',
  'Their', 'Our', 'My', 'What', 'Why', 'How', 'Who', 'Some', 'Many', 'Most', 'Other', 'According',
  'Last', 'Next', 'Earlier', 'Later', 'Also', 'Despite', 'Although', 'Though', 'Instead', 'Yes', 'No',
]);
const SPEECH_AFTER_QUOTE = new Set([
  'said', 'says', 'asked', 'asks', 'wrote', 'writes', 'added', 'adds', 'replied', 'responded',
  'posted', 'tweeted', 'told', 'continued', 'noted', 'explained', 'argued', 'stated', 'insisted',
]);

/** Splits text into sentences with offsets into `text`; the spans cover only non-blank text. */
export function splitSentences(text: string): SentenceSpan[] {
  const raw = segmentSentences(text);
  const merged: { start: number; end: number }[] = [];
  for (const seg of raw) {
    const prev = merged[merged.length - 1];
    // Only the edges matter, and slicing just them keeps long merged runs linear.
    if (prev && shouldJoin(text.slice(Math.max(prev.start, prev.end - EDGE), prev.end), text.slice(seg.start, Math.min(seg.end, seg.start + EDGE)))) {
      prev.end = seg.end;
    } else {
      merged.push({ ...seg });
    }
  }
  return merged.flatMap(({ start, end }) => trimSpan(text, start, end));
}

// V8's sentence segmenter takes time proportional to the whole string at every step, so one long
// paragraph costs quadratic time (a 100 kB paragraph: seconds). It is fed windows of bounded size
// instead; the last sentence of a window may be cut short, so it starts the next window.
const WINDOW = 4000;

// The characters after which Unicode's sentence rules may break (terminators, full stops and
// paragraph separators), and a closing run of terminators, each followed by closing marks and
// spaces (UAX #29 SB8a-SB11: no break inside such a run). Each repetition of the run's group opens
// with a closing mark or a space, so a run has one parse and a failed match costs linear time.
const TERMINATOR = '[\\p{Sentence_Terminal}.\\u2024\\ufe52\\uff0e]';
const CLOSE = `[\\p{Ps}\\p{Pe}\\p{Pi}\\p{Pf}"']`;
const SPACE = '[\\t\\v\\f \\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]';
const BREAK_AFTER = /[\p{Sentence_Terminal}.\u2024\ufe52\uff0e\n\r\u0085\u2028\u2029]/u;
const CLOSING_RUN = new RegExp(`${TERMINATOR}+(?:(?:${CLOSE}+${SPACE}*|${SPACE}+)${TERMINATOR}+)*${CLOSE}*${SPACE}*$`, 'uy');

/**
 * True when the segmenter can only find one sentence: nothing it may break after, but perhaps the
 * closing full stop (with quotes and spaces after it). Four paragraphs in ten are one sentence, and
 * the segmenter was the costliest step of extraction.
 */
export function isOneSentence(text: string): boolean {
  const first = BREAK_AFTER.exec(text);
  if (first === null) return true;
  CLOSING_RUN.lastIndex = first.index;
  return CLOSING_RUN.test(text);
}

function segmentSentences(text: string): { start: number; end: number }[] {
  if (isOneSentence(text)) return text.length > 0 ? [{ start: 0, end: text.length }] : [];
  const raw: { start: number; end: number }[] = [];
  let pos = 0;
  let size = WINDOW;
  while (pos < text.length) {
    const last = pos + size >= text.length;
    const segs: { start: number; end: number }[] = [];
    for (const seg of segmenter.segment(text.slice(pos, pos + size))) segs.push({ start: pos + seg.index, end: pos + seg.index + seg.segment.length });
    if (last) {
      raw.push(...segs);
      break;
    }
    if (segs.length < 2) {
      // One sentence longer than the window: look further (doubling keeps the total linear).
      size *= 2;
      continue;
    }
    raw.push(...segs.slice(0, -1));
    pos = segs[segs.length - 1]!.start;
    size = WINDOW;
  }
  return raw;
}

function trimSpan(text: string, start: number, end: number): SentenceSpan[] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? [{ start, end, text: text.slice(start, end) }] : [];
}

function shouldJoin(prev: string, next: string): boolean {
  const before = prev.trimEnd();
  const after = next.trimStart();
  if (!after) return false;
  if (/^[a-z]/.test(after)) return true;
  const lastWord = /([A-Za-z][A-Za-z.]*)\.$/.exec(before.slice(-40))?.[1] ?? '';
  if (lastWord) {
    const bare = lastWord.toLowerCase();
    if (TITLE_ABBREVIATIONS.has(bare)) return true;
    if (MONTH_ABBREVIATIONS.has(bare) && /^\d/.test(after)) return true;
    if (/^[A-Z]$/.test(lastWord) && /^[A-Z]/.test(after)) return true;
    if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(lastWord)) return !SENTENCE_STARTERS.has(firstWord(after));
  }
  // `"Why?" Musk asked.` and `"It works." Okafor said.` continue; after `…information." She wrote
  // that the warning was` a new sentence began.
  return endsWithQuote(before) && isShortAttribution(after) && !(/\.["”’']$/.test(before) && reportsClause(after));
}

function reportsClause(text: string): boolean {
  return /^(?:\S+\s+){1,4}?\p{Ll}+\s+that\b/u.test(text);
}

function firstWord(text: string): string {
  return /^[A-Za-z]+/.exec(text)?.[0] ?? '';
}

function endsWithQuote(text: string): boolean {
  return /[?!.,]["”’']$/.test(text);
}

// `“Why?” Musk asked.` — a capitalised name of up to four words and a speech verb.
function isShortAttribution(text: string): boolean {
  const words = text.split(/\s+/, 6);
  for (let i = 1; i < words.length && i <= 4; i++) {
    const word = (words[i] ?? '').replace(/[.,;:!?]+$/, '');
    if (SPEECH_AFTER_QUOTE.has(word)) return words.slice(0, i).every((w) => /^[A-Z]/.test(w));
  }
  return false;
}
