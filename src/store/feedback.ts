import type { Db } from './database.ts';
import type { Platform } from '../../commands/command.ts';

export interface Feedback {
  platform: Platform;
  userId: string;
  command: string;
  query: string;
  vote: 'up' | 'down';
}

/** A 👍 or 👎 on an answer; /stats shows the totals. */
export function recordFeedback(db: Db, feedback: Feedback): void {
  db.prepare('INSERT INTO feedback (at, platform, user_id, command, query, vote) VALUES (?, ?, ?, ?, ?, ?)').run(
    new Date().toISOString(),
    feedback.platform,
    feedback.userId,
    feedback.command,
    feedback.query,
    feedback.vote,
  );
}
