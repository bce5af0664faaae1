import type { Db } from './database.ts';
import { prepared } from './prepared.ts';
import type { Figure, Result, Source } from '../core/answer.ts';

// Rows come back snake_case from SQLite and are mapped to the Answer's shape here, and only here.

interface SourceRow {
  article_id: number;
  file: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
}

function toSource(row: SourceRow, paragraph: number | null): Source {
  return {
    id: String(row.article_id),
    file: row.file,
    title: row.title,
    outlet: row.outlet,
    date: row.date,
    url: row.url,
    paragraph: paragraph === null ? null : paragraph + 1,
  };
}

const SOURCE_COLUMNS = 'a.id AS article_id, a.file, a.title, a.outlet, a.date, a.url';

export interface QuoteRow extends SourceRow {
  id: number;
  paragraph: number;
  text: string;
  excerpt: string;
  speaker: string | null;
}

const QUOTE_SELECT = `SELECT q.id, q.paragraph, q.text, q.excerpt, coalesce(p.name, q.speaker) AS speaker, ${SOURCE_COLUMNS}
  FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.person_id`;

export function quotesByIds(db: Db, ids: number[]): Map<number, QuoteRow> {
  return byId(db, QUOTE_SELECT, 'q.id', ids);
}

/**
 * What ranking needs of a search hit, without the excerpt and the article's row: a hundred hits are
 * ranked for every answer, and only the few shown are read whole.
 */
export interface Candidate {
  id: number;
  text: string;
}

export interface QuoteCandidate extends Candidate {
  /** 1 when the quote has a named speaker, else 0. */
  named: number;
  article_id: number;
  paragraph: number;
}

export function quoteCandidates(db: Db, ids: number[]): Map<number, QuoteCandidate> {
  return byId(db, 'SELECT q.id, q.text, q.article_id, q.paragraph, (q.person_id IS NOT NULL OR q.speaker IS NOT NULL) AS named FROM quotes q', 'q.id', ids);
}

interface QuoteKey {
  id: number;
  published: string;
  article_id: number;
  paragraph: number;
  start: number;
}

/** Newest article first, then text order: the order of the quotes_by_person index. */
function newestFirst(a: QuoteKey, b: QuoteKey): number {
  return (a.published < b.published ? 1 : a.published > b.published ? -1 : 0) || b.article_id - a.article_id || a.paragraph - b.paragraph || a.start - b.start;
}

/**
 * Everything the given people said, newest article first, in article order within an article. Each
 * person's newest `limit` quotes are read off the index alone (it holds every column the order
 * needs), merged, and only the `limit` rows shown are fetched: a surname shared by a dozen people
 * costs a dozen short index reads, not a dozen pages of rows.
 */
export function quotesByPerson(db: Db, personIds: number[], limit: number): QuoteRow[] {
  const newest = prepared(
    db,
    `SELECT id, published, article_id, paragraph, start FROM quotes WHERE person_id = ?
     ORDER BY published DESC, article_id DESC, paragraph, start LIMIT ?`,
  );
  const keys = personIds.flatMap((id) => newest.all(id, limit) as QuoteKey[]);
  const shown = keys.sort(newestFirst).slice(0, limit).map((key) => key.id);
  const rows = quotesByIds(db, shown);
  return shown.map((id) => rows.get(id)!);
}

export function quoteResult(row: QuoteRow): Result {
  return { kind: 'quote', text: row.text, excerpt: row.excerpt, speaker: row.speaker, source: toSource(row, row.paragraph) };
}

export interface ClaimRow extends SourceRow {
  id: number;
  paragraph: number;
  text: string;
  excerpt: string;
  claimant: string | null;
  figures: string;
}

export function claimsByIds(db: Db, ids: number[]): Map<number, ClaimRow> {
  return byId(
    db,
    `SELECT c.id, c.paragraph, c.text, c.excerpt, coalesce(p.name, c.claimant) AS claimant, c.figures, ${SOURCE_COLUMNS}
     FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN people p ON p.id = c.person_id`,
    'c.id',
    ids,
  );
}

export interface ClaimCandidate extends Candidate {
  /** 1 when the claim has a named claimant, else 0. */
  named: number;
  figures: string;
}

export function claimCandidates(db: Db, ids: number[]): Map<number, ClaimCandidate> {
  return byId(db, 'SELECT c.id, c.text, c.figures, (c.person_id IS NOT NULL OR c.claimant IS NOT NULL) AS named FROM claims c', 'c.id', ids);
}

export function claimResult(row: ClaimRow): Result {
  return {
    kind: 'claim',
    text: row.text,
    excerpt: row.excerpt,
    speaker: row.claimant,
    source: toSource(row, row.paragraph),
    figures: JSON.parse(row.figures) as Figure[],
  };
}

export interface ParagraphRow extends SourceRow {
  id: number;
  idx: number;
  text: string;
}

export function paragraphsByIds(db: Db, ids: number[]): Map<number, ParagraphRow> {
  return byId(
    db,
    `SELECT g.id, g.idx, g.text, ${SOURCE_COLUMNS} FROM paragraphs g JOIN articles a ON a.id = g.article_id`,
    'g.id',
    ids,
  );
}

export function paragraphCandidates(db: Db, ids: number[]): Map<number, Candidate> {
  return byId(db, 'SELECT g.id, g.text FROM paragraphs g', 'g.id', ids);
}

export function passageResult(row: ParagraphRow, sentence: string): Result {
  return { kind: 'passage', text: sentence, excerpt: row.text, speaker: null, source: toSource(row, row.idx) };
}

export interface ArticleRow extends SourceRow {
  first_paragraph: string | null;
}

export function listArticles(db: Db): ArticleRow[] {
  return db
    .prepare(
      `SELECT ${SOURCE_COLUMNS}, (SELECT text FROM paragraphs g WHERE g.article_id = a.id ORDER BY idx LIMIT 1) AS first_paragraph
       FROM articles a ORDER BY a.date IS NULL, a.date DESC, a.file`,
    )
    .all() as ArticleRow[];
}

export function articleResult(row: ArticleRow): Result {
  const text = row.title ?? row.first_paragraph ?? row.file;
  return { kind: 'article', text, excerpt: row.first_paragraph ?? '', speaker: null, source: toSource(row, null) };
}

// SQLite caps bound parameters; chunks keep large id lists well under it.
const CHUNK = 512;

// Preparing a statement with hundreds of placeholders costs more than running it, so id lists are
// padded to a power of two (with an id no row has) and the few statements that makes are kept.
function byId<T extends { id: number }>(db: Db, select: string, column: string, ids: number[]): Map<number, T> {
  const rows = new Map<number, T>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const size = 2 ** Math.ceil(Math.log2(chunk.length));
    while (chunk.length < size) chunk.push(-1);
    const sql = `${select} WHERE ${column} IN (${chunk.map(() => '?').join(',')})`;
    for (const row of prepared(db, sql).all(...chunk) as T[]) rows.set(row.id, row);
  }
  return rows;
}
