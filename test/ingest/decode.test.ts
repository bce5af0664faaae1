import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode.ts';
import { parseArticleFile } from '../../src/ingest/parse-article-file.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const ARTICLE = 'Altman called it “impressive,” and Musk wrote “Lmao no.” in reply to the post.';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = endian === 'le' ? c & 0xff : c >> 8;
    out[3 + 2 * i] = endian === 'le' ? c >> 8 : c & 0xff;
  }
  return out;
}

function failureOf(name: string, bytes: Uint8Array): string {
  const outcome = parseArticleFile(name, bytes);
  expect(outcome.articles).toEqual([]);
  expect(outcome.failures).toHaveLength(1);
  expect(outcome.failures[0]!.file).toBe(name);
  return outcome.failures[0]!.reason;
}

describe('decoding', () => {
  it('refuses invalid UTF-8 with the offending byte and offset instead of replacing it', () => {
    const bytes = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' au lait is good.')]);
    expect(failureOf('latin1.txt', bytes)).toBe('not valid UTF-8 (byte 0xe9 at offset 3); save the file as UTF-8');
  });

  it('refuses a truncated multi-byte sequence at the end', () => {
    const bytes = new Uint8Array([...utf8('Price rose 5'), 0xe2, 0x82]);
    expect(failureOf('cut.txt', bytes)).toMatch(/^not valid UTF-8 \(byte 0xe2 at offset 12\)/);
  });

  it('accepts UTF-8 with a byte-order mark and strips it', () => {
    const outcome = parseArticleFile('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARTICLE)]));
    expect(outcome.failures).toEqual([]);
    expect(outcome.articles[0]!.paragraphs).toEqual([ARTICLE]);
  });

  it('decodes UTF-16 little- and big-endian files that carry a byte-order mark', () => {
    for (const endian of ['le', 'be'] as const) {
      const outcome = parseArticleFile(`u16${endian}.txt`, utf16(`${ARTICLE}\r\nSecond paragraph here.`, endian));
      expect(outcome.failures).toEqual([]);
      expect(outcome.articles[0]!.paragraphs).toEqual([ARTICLE, 'Second paragraph here.']);
    }
  });

  it('refuses UTF-16 without a byte-order mark as binary, saying how to fix it', () => {
    const noBom = utf16(ARTICLE, 'le').subarray(2);
    expect(failureOf('u16.txt', noBom)).toMatch(/^binary file \(NUL byte at offset 1; if this is UTF-16 text/);
  });

  it('refuses a PNG image and a file with NUL bytes as binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(failureOf('photo.txt', png)).toBe('binary file (PNG image)');
    const nul = new Uint8Array([...utf8('Hello there, this is text'), 0, ...utf8('and more text.')]);
    expect(failureOf('nul.txt', nul)).toMatch(/^binary file \(NUL byte at offset 25/);
  });

  it('refuses text full of control characters as binary', () => {
    const bytes = utf8('ab\u0001\u0002\u0003cd\u0004\u0005\u0006ef\u0007');
    expect(failureOf('ctl.txt', bytes)).toMatch(/^binary file \(\d+ control characters\)$/);
  });

  it('refuses empty and whitespace-only files', () => {
    expect(failureOf('empty.txt', new Uint8Array())).toBe('empty file');
    expect(failureOf('blank.md', utf8(' \n\t\r\n\u00a0 \n'))).toBe('empty file (only whitespace)');
  });

  it('strips bidi controls and zero-width characters (Trojan Source) and applies NFC', () => {
    const hostile =
      'Musk said \u202E“yrtnuoc”\u202C and Alt\u200Bman\u2060 wrote \u2066“fine”\u2069.\u200F Cafe\u0301 o\uFEFFpened.';
    const decoded = decodeText(utf8(hostile));
    expect(decoded).toEqual({ ok: true, text: 'Musk said “yrtnuoc” and Altman wrote “fine”. Café opened.' });
    if (decoded.ok) expect(decoded.text).toBe(decoded.text.normalize('NFC'));
  });

  it('strips controls that arrive through HTML entities and JSON escapes too', () => {
    const html = parseArticleFile('e.html', utf8('<p>Alt&#x200B;man said &#x202E;“no”&#x202C; today.</p>'));
    expect(html.articles[0]!.paragraphs).toEqual(['Altman said “no” today.']);
    const json = parseArticleFile('e.json', utf8('{"title":"A\\u202eB","text":"Sam\\u200d Altman said \\"hi\\" there."}'));
    expect(json.articles[0]!.paragraphs).toEqual(['Sam Altman said "hi" there.']);
    expect(json.articles[0]!.meta.title).toBe('AB');
  });

  it('turns CRLF and CR line ends into paragraph boundaries and keeps typographic quotes verbatim', () => {
    const outcome = parseArticleFile('crlf.txt', utf8('One “quoted” line.\r\nTwo ‘single’ line.\rThree line’s end.'));
    expect(outcome.articles[0]!.paragraphs).toEqual(['One “quoted” line.', 'Two ‘single’ line.', 'Three line’s end.']);
  });
});
