import type { Db } from './database.ts';
import type { EntityKind } from '../extract/types.ts';
import { prepared } from './prepared.ts';

/** One row per person or organisation across all articles, found by its canonical name. */
export function upsertPerson(db: Db, name: string, kind: EntityKind): number {
  const found = prepared(db, 'SELECT id FROM people WHERE name = ?').get(name) as { id: number } | undefined;
  if (found) return found.id;
  return Number(prepared(db, 'INSERT INTO people (name, kind) VALUES (?, ?)').run(name, kind).lastInsertRowid);
}

export function addAliases(db: Db, personId: number, aliases: Iterable<string>): void {
  const insert = prepared(db, 'INSERT OR IGNORE INTO aliases (person_id, alias) VALUES (?, ?)');
  for (const alias of aliases) insert.run(personId, alias);
}

/**
 * An article that only says "President Trump" gives us "Trump"; when the corpus knows exactly one
 * person whose full name ends in that word ("Donald Trump"), the short form is that person.
 * Two candidates ("Lisa Su", "Jane Su") leave it alone: a wrong name is worse than a short one.
 */
export function mergeSurnames(db: Db): void {
  const singles = db
    .prepare(`SELECT id, name FROM people WHERE kind = 'person' AND instr(name, ' ') = 0`)
    .all() as { id: number; name: string }[];
  const candidates = db.prepare(
    `SELECT id, name FROM people WHERE kind = 'person' AND instr(name, ' ') > 0 AND name LIKE '% ' || ?`,
  );
  for (const single of singles) {
    const full = (candidates.all(single.name) as { id: number; name: string }[]).filter((p) =>
      p.name.endsWith(` ${single.name}`),
    );
    if (full.length !== 1) continue;
    mergePerson(db, single.id, full[0]!.id, single.name);
  }
}

function mergePerson(db: Db, fromId: number, intoId: number, alias: string): void {
  prepared(db, 'UPDATE quotes SET person_id = ? WHERE person_id = ?').run(intoId, fromId);
  prepared(db, 'UPDATE claims SET person_id = ? WHERE person_id = ?').run(intoId, fromId);
  prepared(db, 'INSERT OR IGNORE INTO mentions (article_id, person_id) SELECT article_id, ? FROM mentions WHERE person_id = ?').run(intoId, fromId);
  prepared(db, 'INSERT OR IGNORE INTO aliases (person_id, alias) SELECT ?, alias FROM aliases WHERE person_id = ?').run(intoId, fromId);
  addAliases(db, intoId, [alias]);
  prepared(db, 'DELETE FROM people WHERE id = ?').run(fromId);
}

export interface PersonRow {
  id: number;
  name: string;
  kind: EntityKind;
}

export function allPeopleWithAliases(db: Db): (PersonRow & { aliases: string[] })[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.kind, group_concat(a.alias, char(31)) AS aliases
       FROM people p LEFT JOIN aliases a ON a.person_id = p.id GROUP BY p.id`,
    )
    .all() as (PersonRow & { aliases: string | null })[];
  return rows.map((r) => ({ ...r, aliases: r.aliases ? r.aliases.split('\u001f') : [] }));
}

/** People who have said or claimed something, with how much, for suggestions. */
export function speakersByActivity(db: Db): { name: string; count: number }[] {
  return db
    .prepare(
      `SELECT p.name, count(q.id) AS count FROM people p JOIN quotes q ON q.person_id = p.id
       GROUP BY p.id ORDER BY count DESC, p.name`,
    )
    .all() as { name: string; count: number }[];
}
