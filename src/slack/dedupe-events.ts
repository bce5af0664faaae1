import type { App } from '@slack/bolt';
import type { Db } from '../store/database.ts';
import { firstSighting } from '../store/seen-events.ts';

/**
 * Slack redelivers an event it thinks went unanswered (same event_id, X-Slack-Retry-Num set);
 * only the first delivery is answered, also when it arrived before a restart.
 */
export function dropRedeliveredEvents(app: App, db: Db): void {
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !firstSighting(db, eventId)) return;
    await next();
  });
}
