// Each entry moves the schema one version up; PRAGMA user_version records how far a database got.
// Append only: a released migration is never edited, so every database takes the same path.

export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  INSERT INTO meta (key, value) VALUES ('generation', '0');

  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL,
    title TEXT, outlet TEXT, date TEXT, url TEXT, author TEXT,
    ingested_at TEXT NOT NULL
  );
  CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (article_id, idx)
  );
  CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL
  );
  CREATE TABLE aliases (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (person_id, alias)
  ) WITHOUT ROWID;
  CREATE INDEX aliases_by_alias ON aliases(alias);
  CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    excerpt TEXT NOT NULL,
    speaker TEXT,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL
  );
  CREATE INDEX quotes_by_article ON quotes(article_id);
  CREATE INDEX quotes_by_person ON quotes(person_id);
  CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    excerpt TEXT NOT NULL,
    claimant TEXT,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    figures TEXT NOT NULL
  );
  CREATE INDEX claims_by_article ON claims(article_id);
  CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, person_id)
  ) WITHOUT ROWID;
  CREATE TABLE search_index (
    kind TEXT PRIMARY KEY,
    json TEXT NOT NULL
  );
  CREATE TABLE ingest_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    added INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    report TEXT NOT NULL
  );
  CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    platform TEXT NOT NULL,
    user_id TEXT NOT NULL,
    command TEXT NOT NULL,
    query TEXT NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down'))
  );
  CREATE TABLE seen_events (
    event_id TEXT PRIMARY KEY,
    seen_at INTEGER NOT NULL
  );
  `,
  // 2: a quote carries its article's date, so one person's quotes come newest first straight off an
  // index instead of sorting everything a busy speaker said ('' when the article has no date).
  `
  ALTER TABLE quotes ADD COLUMN published TEXT NOT NULL DEFAULT '';
  UPDATE quotes SET published = coalesce((SELECT date FROM articles a WHERE a.id = quotes.article_id), '');
  DROP INDEX quotes_by_person;
  CREATE INDEX quotes_by_person ON quotes(person_id, published DESC, article_id DESC, paragraph, start);
  `,
];
