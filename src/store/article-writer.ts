import type { Db } from './database.ts';
import type { ParsedArticle } from '../ingest/types.ts';
import type { Extraction, Speaker } from '../extract/types.ts';
import type { IndexKind, IndexedDoc } from '../search/search-index.ts';
import { addAliases, upsertPerson } from './people.ts';
import { prepared } from './prepared.ts';

export type DocsByKind = Record<IndexKind, IndexedDoc[]>;
export type IdsByKind = Record<IndexKind, number[]>;

export function findArticle(db: Db, file: string): { id: number; hash: string } | undefined {
  return prepared(db, 'SELECT id, hash FROM articles WHERE file = ?').get(file) as { id: number; hash: string } | undefined;
}

/** Deletes an article and everything extracted from it; returns the search documents that must leave the index. */
export function removeArticle(db: Db, articleId: number): IdsByKind {
  const ids = (sql: string) => (prepared(db, sql).all(articleId) as { id: number }[]).map((r) => r.id);
  const removed: IdsByKind = {
    quotes: ids('SELECT id FROM quotes WHERE article_id = ?'),
    claims: ids('SELECT id FROM claims WHERE article_id = ?'),
    passages: ids('SELECT id FROM paragraphs WHERE article_id = ?'),
  };
  prepared(db, 'DELETE FROM articles WHERE id = ?').run(articleId);
  return removed;
}

/** Writes one article with its extraction; returns the search documents to add. Call inside a transaction. */
export function insertArticle(db: Db, article: ParsedArticle, hash: string, extraction: Extraction): DocsByKind {
  const { articleId, passages } = insertArticleText(db, article, hash);
  return { passages, ...insertExtraction(db, articleId, extraction) };
}

function insertArticleText(db: Db, article: ParsedArticle, hash: string): { articleId: number; passages: IndexedDoc[] } {
  const { meta } = article;
  const articleId = Number(
    prepared(
      db,
      `INSERT INTO articles (file, hash, title, outlet, date, url, author, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(article.file, hash, meta.title, meta.outlet, meta.date, meta.url, meta.author, new Date().toISOString())
      .lastInsertRowid,
  );
  const insertParagraph = prepared(db, 'INSERT INTO paragraphs (article_id, idx, text) VALUES (?, ?, ?)');
  const passages = article.paragraphs.map((text, idx) => ({
    id: Number(insertParagraph.run(articleId, idx, text).lastInsertRowid),
    text,
  }));
  return { articleId, passages };
}

/** Writes what extraction found in a stored article; returns the quote and claim documents to index. */
export function insertExtraction(db: Db, articleId: number, extraction: Extraction): Omit<DocsByKind, 'passages'> {
  const docs: Omit<DocsByKind, 'passages'> = { quotes: [], claims: [] };

  const personIds = new Map<string, number>();
  const personFor = (speaker: Speaker | null): number | null => {
    if (!speaker) return null;
    let id = personIds.get(speaker.name);
    if (id === undefined) {
      id = upsertPerson(db, speaker.name, speaker.kind);
      personIds.set(speaker.name, id);
    }
    return id;
  };
  const mention = prepared(db, 'INSERT OR IGNORE INTO mentions (article_id, person_id) VALUES (?, ?)');
  for (const entity of extraction.entities) {
    const id = personFor({ name: entity.name, kind: entity.kind });
    if (id === null) continue;
    addAliases(db, id, entity.aliases);
    mention.run(articleId, id);
  }

  const insertQuote = prepared(
    db,
    `INSERT INTO quotes (article_id, paragraph, start, end, text, excerpt, speaker, person_id, published)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const { published } = prepared(db, `SELECT coalesce(date, '') AS published FROM articles WHERE id = ?`).get(articleId) as { published: string };
  for (const q of extraction.quotes) {
    const personId = personFor(q.speaker);
    if (personId !== null) mention.run(articleId, personId);
    const id = Number(
      insertQuote.run(articleId, q.paragraph, q.start, q.end, q.text, q.excerpt, q.speaker?.name ?? null, personId, published)
        .lastInsertRowid,
    );
    docs.quotes.push({ id, text: q.text });
  }

  const insertClaim = prepared(
    db,
    `INSERT INTO claims (article_id, paragraph, start, end, text, excerpt, claimant, person_id, figures)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of extraction.claims) {
    const id = Number(
      insertClaim.run(
        articleId, c.paragraph, c.start, c.end, c.text, c.excerpt, c.claimant?.name ?? null,
        personFor(c.claimant), JSON.stringify(c.figures),
      ).lastInsertRowid,
    );
    // The claimant's name is searchable too, so "/claim Altman" finds what Altman claims.
    docs.claims.push({ id, text: c.claimant ? `${c.text} ${c.claimant.name}` : c.text });
  }
  return docs;
}
