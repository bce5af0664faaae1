// Social posts embedded in web articles lose their quotation marks: the post's text is one
// paragraph and the next is its signature, "— Jane Doe (@janedoe) January 28, 2025".

import type { Speaker } from './types.ts';
import type { ArticleText } from './article-text.ts';
import type { EntityIndex } from './entities.ts';
import type { InterviewTurn } from './interview.ts';
import { speakerOf } from './subject.ts';

// Bounded: a name of at most five words, then a handle in parentheses.
const SIGNATURE = /^[\u2014\u2013-]{1,2}\s*(\p{L}[\p{L}\p{N}.'’&-]*(?: [\p{L}\p{N}][\p{L}\p{N}.'’&-]*){0,4})\s*\((@[\w.]{1,40})\)/u;

export function findEmbeddedPosts(article: ArticleText, index: EntityIndex): InterviewTurn[] {
  const posts: InterviewTurn[] = [];
  article.paragraphs.forEach((para, p) => {
    const signed = signedInline(para.text);
    if (signed && para.quotes.length === 0) posts.push({ paragraph: p, start: 0, end: signed.end, speaker: signer(index, signed.name) });
    const signature = SIGNATURE.exec(para.text);
    const post = article.paragraphs[p - 1];
    if (!signature || !post || post.quotes.length > 0 || SIGNATURE.test(post.text)) return;
    const text = post.text;
    let start = 0;
    let end = text.length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) posts.push({ paragraph: p - 1, start, end, speaker: signer(index, signature[1]!) });
  });
  return posts;
}

// A post and its signature run together in one paragraph, as Markdown block quotes print them:
// "This is the end. — Jane Doe (@janedoe) March 3, 2026".
function signedInline(text: string): { end: number; name: string } | null {
  const dash = text.search(/\s[\u2014\u2013]\s*\p{L}[^\u2014\u2013]{0,80}\(@[\w.]{1,40}\)[^\u2014\u2013]{0,40}$/u);
  if (dash <= 0) return null;
  const signature = SIGNATURE.exec(text.slice(dash + 1));
  let end = dash;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return signature && end > 0 ? { end, name: signature[1]! } : null;
}

function signer(index: EntityIndex, name: string): Speaker {
  const entity = index.resolve(name);
  if (entity) return speakerOf(entity);
  return { name, kind: name.includes(' ') && /^\p{Lu}/u.test(name) ? 'person' : 'account' };
}
