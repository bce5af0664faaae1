// Bytes → text a person can trust: strict about encodings, defensive about invisible characters.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Signatures of common binary formats, so the report can say what the file actually is. */
const MAGIC: { name: string; bytes: number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

// Trojan Source: bidi embeddings/overrides/isolates and marks reorder what a reader sees.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// Zero-width characters hide inside words and split search terms; U+FEFF also covers stray BOMs.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// C0/C1 controls other than tab and newline carry no text; a few are stripped, many mean binary.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LINE_END = /\r\n?|[\u2028\u2029\u0085]/g;
// Any character the four patterns above replace. Most text has none, and then only NFC is left to do.
const NEEDS_CLEANING = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\r\u2028\u2029]/;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * Strips bidi and zero-width controls, blanks other control characters (an ESC that arrives through
 * a JSON escape or an HTML entity would otherwise reach a terminal as an escape sequence),
 * normalises line ends and applies NFC.
 */
export function normalizeText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text.normalize('NFC');
  return text
    .replace(BIDI_CONTROLS, '')
    .replace(ZERO_WIDTH, '')
    .replace(LINE_END, '\n')
    .replace(CONTROL, ' ')
    .normalize('NFC');
}

/**
 * Decodes a file's bytes. UTF-8 is decoded with a fatal decoder so a wrongly encoded file is
 * refused rather than silently filled with U+FFFD; UTF-16 is accepted only with a byte-order mark.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      return { ok: false, reason: `not valid ${encoding.toUpperCase()} (broken surrogate pair or odd length)` };
    }
  } else {
    const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
    if (magic) return { ok: false, reason: `binary file (${magic.name})` };
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      return {
        ok: false,
        reason: `binary file (NUL byte at offset ${nul}; if this is UTF-16 text, save it with a byte-order mark or as UTF-8)`,
      };
    }
    const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      const bad = firstInvalidUtf8(body);
      const offset = bad + (body === bytes ? 0 : 3);
      const hex = (body[bad] ?? 0).toString(16).padStart(2, '0');
      return { ok: false, reason: `not valid UTF-8 (byte 0x${hex} at offset ${offset}); save the file as UTF-8` };
    }
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'binary file (contains NUL characters)' };
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) {
    return { ok: false, reason: `binary file (${controls} control characters)` };
  }
  text = normalizeText(text.replace(CONTROL, ' '));
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text };
}

/** Offset of the first byte that starts an ill-formed UTF-8 sequence (WHATWG rules). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c === undefined || c < min || c > max) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
