// Title, outlet, date and author read from an article's own text, and how sources of metadata combine.

import type { ArticleMeta } from './types.ts';
import { parseByline } from './byline.ts';
import { isBoilerplateLine, tidyParagraph } from './clean.ts';
import { findDate, parseDate } from './dates.ts';

const KEYS = ['title', 'outlet', 'date', 'url', 'author'] as const;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** Reads as a headline: short, and either without a closing period or in Title Case. */
export function isHeadline(text: string): boolean {
  const ws = words(text);
  if (ws.length < 3 || ws.length > 20 || /https?:\/\//.test(text)) return false;
  if (!/[.;:,]$/.test(text)) return true;
  const long = ws.filter((w) => /\p{L}{4,}/u.test(w));
  return long.length > 0 && long.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length / long.length >= 0.6;
}

/** The first `count` lines that are not boilerplate; lines after them are never checked. */
function leadingLines(paragraphs: string[], count: number): string[] {
  const lines: string[] = [];
  for (const p of paragraphs) {
    if (lines.length === count) break;
    if (!isBoilerplateLine(p)) lines.push(p);
  }
  return lines;
}

function titleFrom(lead: string[]): string | null {
  // A masthead or section label ("TechPulse", "Markets") may stand above the headline.
  const first = lead.find((p) => words(p).length >= 3);
  return first !== undefined && isHeadline(first) ? first : null;
}

function authorFrom(paragraphs: string[]): string | null {
  for (const p of paragraphs) {
    const names = parseByline(p);
    if (names && names.length > 0) return names.join(', ');
  }
  return null;
}

function dateFrom(paragraphs: string[]): string | null {
  const stamped = (re: RegExp) => paragraphs.find((p) => re.test(p) && words(p).length <= 15 && findDate(p));
  const line =
    stamped(/^(published|posted|first published)\b/i) ??
    stamped(/^(updated|last updated)\b/i) ??
    paragraphs.slice(0, 8).find((p, i) => {
      const found = findDate(p);
      if (!found) return false;
      if (words(p).length <= 12 && (found.length >= p.length * 0.5 || parseByline(p.split(/[|·—–]/)[0]!.trim()))) {
        return true;
      }
      // A dateline opens one of the first paragraphs: "SEOUL, January 22, 2025 (Yonhap) — …".
      const after = p.slice(found.index + found.length);
      return i < 3 && found.index <= 40 && /^\s*(\([^()]{1,40}\))?\s*[—–-]/.test(after);
    });
  return line === undefined ? null : (findDate(line)?.iso ?? null);
}

function outletFrom(paragraphs: string[], lead: string[]): string | null {
  for (const p of paragraphs) {
    if (p.length > 300) continue;
    const copyright = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?([^.,|©]{2,60}?)\s*(?:[.,|]|all rights reserved|$)/i.exec(p);
    const support = /^readers help support ([^.]{2,40})\./i.exec(p);
    const name = (copyright?.[1] ?? support?.[1])?.replace(/,?\s+(inc|llc|ltd|corp|plc|gmbh)\.?$/i, '').trim();
    if (name && /\p{L}/u.test(name)) return name;
  }
  // Bylines, date lines and share buttons may come first; the dateline opens the story.
  for (const p of lead) {
    const dateline = WIRE_DATELINE.exec(p);
    if (dateline) return dateline.groups!['outlet']!.trim();
  }
  return null;
}

// "WASHINGTON (Reuters) —", "WASHINGTON, March 4 (Reuters) -": a place in capitals, maybe a date.
const WIRE_DATELINE = /^\p{Lu}[\p{Lu} .,'-]{1,40}(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})? ?)?\((?<outlet>\p{Lu}[\p{L}&.' -]{1,30})\)\s*[—–-]/u;

/** Metadata a plain reading of the paragraphs (before cleaning) supports; null where it says nothing. */
export function metaFromText(paragraphs: string[]): ArticleMeta {
  const lead = leadingLines(paragraphs, 3);
  return {
    title: titleFrom(lead),
    outlet: outletFrom(paragraphs, lead),
    date: dateFrom(paragraphs),
    url: null,
    author: authorFrom(paragraphs),
  };
}

function tidyField(key: (typeof KEYS)[number], value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = tidyParagraph(value).slice(0, 500);
  if (text === '') return null;
  if (key === 'date') return parseDate(text);
  if (key === 'url') return /^https?:\/\/\S+$/i.test(text) ? text : null;
  return text;
}

/**
 * Combines metadata sources. A field the metadata file states (even as null) is final; otherwise
 * the first source that knows it wins, e.g. (format metadata, metadata from the text).
 */
export function resolveMeta(known: Partial<ArticleMeta> | undefined, ...found: Partial<ArticleMeta>[]): ArticleMeta {
  const meta = {} as ArticleMeta;
  for (const key of KEYS) {
    if (known && known[key] !== undefined) {
      meta[key] = tidyField(key, known[key]);
      continue;
    }
    meta[key] = null;
    for (const source of found) {
      const value = tidyField(key, source[key]);
      if (value !== null) {
        meta[key] = value;
        break;
      }
    }
  }
  return meta;
}
