import type { Db } from './database.ts';

/** Slack retries an event for up to about five minutes; a day covers that with room for restarts. */
const REMEMBER_MS = 24 * 60 * 60 * 1000;

/**
 * True the first time an event id is seen, false for a redelivery, also across a restart
 * and across processes sharing the database.
 */
export function firstSighting(db: Db, eventId: string, now = Date.now()): boolean {
  return db.transaction(() => {
    db.prepare('DELETE FROM seen_events WHERE seen_at < ?').run(now - REMEMBER_MS);
    return db.prepare('INSERT OR IGNORE INTO seen_events (event_id, seen_at) VALUES (?, ?)').run(eventId, now).changes === 1;
  }).immediate();
}
