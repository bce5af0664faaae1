import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { readVoteValue, renderSlack, SHARE_ACTION, VOTE_DOWN_ACTION, VOTE_UP_ACTION } from '../../render/slack.ts';
import { parseCommandText } from '../../core/run-command.ts';
import { recordFeedback } from '../../store/feedback.ts';
import { answerInSlack, type SlackBot } from '../answer-in-slack.ts';

/** "Share in channel" and 👍/👎 under an answer. */
export function registerAnswerButtons(app: App, bot: SlackBot): void {
  // An ephemeral message's blocks do not come back with the click, so the question is answered
  // again, with the rights of whoever shares it, and posted for everyone through the response URL.
  app.action<BlockAction<ButtonAction>>(SHARE_ACTION, async ({ ack, action, body, respond, client }) => {
    await ack();
    const asked = parseCommandText(action.value ?? '');
    // Only questions carry a Share button; an admin command must never run from a click.
    if (!asked.ok || asked.command.admin) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'That answer cannot be shared.' });
      return;
    }
    const { answer, options } = await answerInSlack(bot, action.value ?? '', body.user.id, client, { limited: true });
    if (options.share === undefined) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderSlack(answer) });
      return;
    }
    await respond({ response_type: 'in_channel', replace_original: false, ...renderSlack(answer, { vote: options.vote, sharedBy: body.user.id }) });
    await respond({ delete_original: true });
  });

  for (const [actionId, vote] of [[VOTE_UP_ACTION, 'up'], [VOTE_DOWN_ACTION, 'down']] as const) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, action, body, respond }) => {
      await ack();
      const about = readVoteValue(action.value ?? '');
      if (!about) return;
      // Every vote is a row in SQLite; a click storm must not become a write storm.
      if (!bot.limiter.admit(body.user.id).ok) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'Slow down: too many clicks in a minute. Your vote was not recorded.' });
        return;
      }
      recordFeedback(bot.library.db, { platform: 'slack', userId: body.user.id, ...about, vote });
      await respond({ response_type: 'ephemeral', replace_original: false, text: `Thanks, your ${vote === 'up' ? '👍' : '👎'} is recorded.` });
    });
  }
}
