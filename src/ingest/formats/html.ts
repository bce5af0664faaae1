// HTML: the article's text and metadata, read with htmlparser2's streaming parser. Nothing is
// executed or fetched, and the walk keeps its own stack, so deep nesting cannot overflow ours.

import { Parser } from 'htmlparser2';
import type { ArticleMeta } from '../types.ts';
import type { FormatResult } from './format-result.ts';

// Never article text: code, embedded documents, site chrome, forms and image captions.
const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'nav', 'header', 'footer',
  'aside', 'form', 'button', 'figcaption', 'select', 'textarea', 'object', 'embed', 'canvas', 'video',
  'audio', 'dialog', 'menu',
]);
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog']);
// Elements that start and end a paragraph.
const BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'div', 'section', 'article', 'main', 'br',
  'tr', 'td', 'th', 'dd', 'dt', 'dl', 'pre', 'ul', 'ol', 'table', 'hr', 'address', 'figure', 'details',
  'summary', 'body', 'caption',
]);

const META_FIELDS: Record<string, keyof ArticleMeta> = {
  'og:title': 'title',
  'twitter:title': 'title',
  'og:site_name': 'outlet',
  'og:url': 'url',
  'article:published_time': 'date',
  'og:published_time': 'date',
  'datepublished': 'date',
  'date': 'date',
  'pubdate': 'date',
  'publish-date': 'date',
  'parsely-pub-date': 'date',
  'dc.date': 'date',
  'author': 'author',
  'byline': 'author',
  'article:author': 'author',
  'parsely-author': 'author',
};

interface Open {
  dropped: boolean;
  article: boolean;
  main: boolean;
}

/** "Headline | Example News" → "Headline" when the page names its site. */
function withoutSiteName(title: string, site: string | null | undefined): string {
  const text = title.replace(/\s+/g, ' ').trim();
  if (!site) return text;
  const suffix = [' | ', ' - ', ' – ', ' — ', ' :: '].map((sep) => sep + site.trim()).find((end) => text.endsWith(end));
  return suffix ? text.slice(0, -suffix.length) : text;
}

/** "Headline | Example News" with the page's <h1> "Headline" → "Example News". */
function siteFromTitle(title: string, h1: string): string | undefined {
  const text = title.replace(/\s+/g, ' ').trim();
  const headline = h1.replace(/\s+/g, ' ').trim();
  if (headline === '' || !text.startsWith(headline)) return undefined;
  const rest = text.slice(headline.length);
  if (![' | ', ' - ', ' – ', ' — ', ' :: '].some((sep) => rest.startsWith(sep))) return undefined;
  // "Headline | Technology | The Guardian": the site is the last part.
  const site = rest.split(/ (?:\||-|–|—|::) /).pop()!.trim();
  return site !== '' && site.split(' ').length <= 6 ? site : undefined;
}

export function parseHtml(html: string): FormatResult {
  const stack: Open[] = [];
  let dropDepth = 0;
  let mainDepth = 0;
  let article = -1; // index of the outermost open <article>
  const articles: string[][] = [];
  const mains: string[] = [];
  const body: string[] = [];
  let buffer = '';
  const meta: Partial<ArticleMeta> = {};
  let titleTag = '';
  let h1 = '';
  let inTitle = 0;
  let titleDone = false;
  const h1Parts: string[] = [];
  let inH1 = 0;
  let time: string | undefined;
  let timeInArticle: string | undefined;

  const flush = () => {
    if (buffer.trim() !== '') {
      body.push(buffer);
      if (mainDepth > 0) mains.push(buffer);
      if (article >= 0) articles[article]!.push(buffer);
    }
    buffer = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const role = (attribs.role ?? '').toLowerCase();
        const dropped =
          DROPPED.has(name) || DROPPED_ROLES.has(role) || 'hidden' in attribs || attribs['aria-hidden'] === 'true';
        const open: Open = { dropped, article: name === 'article' && article === -1, main: name === 'main' };
        stack.push(open);
        if (dropped) dropDepth++;
        if (BLOCKS.has(name)) flush();
        if (open.article) {
          article = articles.length;
          articles.push([]);
        }
        if (open.main) mainDepth++;
        if (name === 'title') inTitle++;
        if (name === 'h1') inH1++;
        if (name === 'meta') {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
          const field = META_FIELDS[key];
          if (field && meta[field] === undefined && attribs.content) meta[field] = attribs.content;
        }
        if (name === 'link' && /\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href && meta.url === undefined) {
          meta.url = attribs.href;
        }
        if (name === 'time' && attribs.datetime) {
          time ??= attribs.datetime;
          if (article >= 0) timeInArticle ??= attribs.datetime;
        }
      },
      ontext(text) {
        if (inTitle > 0 && !titleDone) titleTag += text;
        if (inH1 > 0 && h1 === '') h1Parts.push(text);
        if (dropDepth === 0) buffer += text;
      },
      onclosetag(name) {
        const open = stack.pop();
        if (BLOCKS.has(name)) flush();
        // Only the document's first <title> and <h1> count; an <svg> may carry titles of its own.
        if (name === 'title' && --inTitle === 0) titleDone = titleTag.trim() !== '';
        if (name === 'h1' && --inH1 === 0 && h1 === '') {
          h1 = h1Parts.join('').trim();
          h1Parts.length = 0;
        }
        if (!open) return;
        if (open.dropped) dropDepth--;
        if (open.article) article = -1;
        if (open.main) mainDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();

  // The largest <article> is the story; teaser cards are <article>s too.
  const story = articles.reduce<string[]>(
    (best, a) => (a.join('').length > best.join('').length ? a : best),
    [],
  );
  const paragraphs = story.length > 0 ? story : mains.length > 0 ? mains : body;
  return {
    paragraphs,
    meta: {
      ...meta,
      title: meta.title ?? (h1 || undefined) ?? (withoutSiteName(titleTag, meta.outlet) || undefined),
      outlet: meta.outlet ?? siteFromTitle(titleTag, h1),
      date: meta.date ?? timeInArticle ?? time,
    },
  };
}
