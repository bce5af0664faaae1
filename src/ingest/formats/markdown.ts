// Markdown: front matter and the first "# Heading" give metadata; blocks become paragraphs.

import type { ArticleMeta } from '../types.ts';
import type { FormatResult } from './format-result.ts';

const FRONT_MATTER_KEYS: Record<string, keyof ArticleMeta> = {
  title: 'title',
  headline: 'title',
  date: 'date',
  published: 'date',
  published_at: 'date',
  publishdate: 'date',
  pubdate: 'date',
  author: 'author',
  authors: 'author',
  byline: 'author',
  outlet: 'outlet',
  source: 'outlet',
  publication: 'outlet',
  publisher: 'outlet',
  site: 'outlet',
  site_name: 'outlet',
  url: 'url',
  link: 'url',
  canonical: 'url',
  canonical_url: 'url',
};

function parseFrontMatter(lines: string[]): { meta: Partial<ArticleMeta>; end: number } {
  if (lines[0]?.trim() !== '---') return { meta: {}, end: 0 };
  const close = lines.findIndex((l, i) => i > 0 && i <= 200 && /^(---|\.\.\.)\s*$/.test(l));
  if (close === -1) return { meta: {}, end: 0 };
  const meta: Partial<ArticleMeta> = {};
  for (const line of lines.slice(1, close)) {
    const m = /^([A-Za-z_][\w-]{0,40})\s*:\s*(.*)$/.exec(line);
    const key = m ? FRONT_MATTER_KEYS[m[1]!.toLowerCase().replace('-', '_')] : undefined;
    if (!m || !key || meta[key]) continue;
    const value = m[2]!.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value !== '') meta[key] = value;
  }
  return { meta, end: close + 1 };
}

// Every quantifier is bounded so hostile input cannot make these backtrack for long.
const BRACKETED = '(?:[^\\[\\]\\n]|\\[[^\\[\\]\\n]{0,200}\\]){0,500}';
const RAW_OPEN = /<(script|style|template|noscript|iframe)\b[^>]{0,500}>|<!--/gi;

/**
 * Raw HTML blocks may span lines; their content is never article text. One forward scan, so an
 * unclosed opener swallows the rest (as in a browser) instead of being retried at every position.
 */
function stripRawBlocks(text: string): string {
  let out = '';
  let pos = 0;
  RAW_OPEN.lastIndex = 0;
  for (let open = RAW_OPEN.exec(text); open !== null; open = RAW_OPEN.exec(text)) {
    out += `${text.slice(pos, open.index)}\n`;
    const close = open[1] ? new RegExp(`</${open[1]}\\s*>`, 'gi') : /-->/g;
    close.lastIndex = RAW_OPEN.lastIndex;
    const end = close.exec(text);
    if (end === null) return out;
    pos = RAW_OPEN.lastIndex = end.index + end[0].length;
  }
  return out + text.slice(pos);
}

const INLINE: [RegExp, string][] = [
  [/<\/?[A-Za-z][^<>\n]{0,500}>/g, ' '],
  [new RegExp(`!\\[${BRACKETED}\\](?:\\([^)\\n]{0,2000}\\)|\\[[^\\]\\n]{0,200}\\])`, 'g'), ' '],
  [new RegExp(`\\[(${BRACKETED})\\](?:\\([^)\\n]{0,2000}\\)|\\[[^\\]\\n]{0,200}\\])`, 'g'), '$1'],
  [/<(https?:\/\/[^<>\s]{1,2000})>/g, '$1'],
  [/`{1,3}([^`\n]{1,2000})`{1,3}/g, '$1'],
  [/(\*\*|__)(?=\S)([^\n]{0,2000}?\S)\1/g, '$2'],
  [/~~(?=\S)([^\n]{0,2000}?\S)~~/g, '$1'],
  [/(?<![\\\w*])\*(?=\S)([^*\n]{0,2000}?\S)\*(?![\w*])/g, '$1'],
  [/(?<![\\\w])_(?=\S)([^_\n]{0,2000}?\S)_(?!\w)/g, '$1'],
  [/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1'],
];

function inline(text: string): string {
  return INLINE.reduce((s, [re, to]) => s.replace(re, to), text);
}

export function parseMarkdown(text: string): FormatResult {
  const lines = stripRawBlocks(text).split('\n');
  const front = parseFrontMatter(lines);
  const blocks: string[] = [];
  let block: string[] = [];
  let heading: string | null = null;
  let fence: string | null = null;
  const flush = () => {
    if (block.length > 0) blocks.push(block.join(' '));
    block = [];
  };
  for (const line of lines.slice(front.end)) {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      // Code inside an article is kept as text, never interpreted.
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) {
        fence = null;
        flush();
      } else if (line.trim() !== '') block.push(line.trim());
      continue;
    }
    if (fenceMark) {
      flush();
      fence = fenceMark;
      continue;
    }
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (atx) {
      flush();
      const title = inline(atx[2]!);
      if (atx[1] === '#' && heading === null) heading = title;
      blocks.push(title);
      continue;
    }
    const setext = /^\s{0,3}(=+|-+)\s*$/.exec(line);
    if (setext && block.length === 1) {
      const title = inline(block[0]!);
      block = [];
      if (setext[1]![0] === '=' && heading === null) heading = title;
      blocks.push(title);
      continue;
    }
    if (line.trim() === '' || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue;
    }
    if (/^\s{0,3}\[[^\]\n]{1,200}\]:\s*\S/.test(line)) continue;
    const item = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      block.push(inline(item[1]!));
      continue;
    }
    block.push(inline(line.replace(/^\s*(>\s?)+/, '')));
  }
  flush();
  return { paragraphs: blocks, meta: { ...front.meta, title: front.meta.title ?? heading ?? undefined } };
}
