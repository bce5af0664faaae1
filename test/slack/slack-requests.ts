import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

export interface SendOptions {
  secret?: string;
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  retryNum?: number;
}

/** POSTs a body to the app signed as Slack signs it: v0= HMAC-SHA256 of `v0:{timestamp}:{raw body}`. */
export async function sendSigned(url: string, body: string, contentType: string, options: SendOptions = {}): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', options.secret ?? SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature,
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text() };
}

let eventCounter = 0;

export interface Mention {
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  threadTs?: string;
  eventId?: string;
}

/** An Events API envelope carrying an app_mention, as Slack delivers it. */
export function mentionEnvelope(mention: Mention): { body: string; eventId: string; ts: string } {
  eventCounter += 1;
  const ts = mention.ts ?? `1700000000.${String(100000 + eventCounter)}`;
  const eventId = mention.eventId ?? `Ev${Date.now()}${eventCounter}`;
  const event = {
    type: 'app_mention',
    user: mention.user ?? 'U0ASKER',
    text: mention.text,
    ts,
    channel: mention.channel ?? 'C0NEWS',
    event_ts: ts,
    ...(mention.threadTs && { thread_ts: mention.threadTs }),
  };
  const body = JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: 'T0TEAM',
    api_app_id: 'A0APP',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0TEAM', user_id: 'U0BOT', is_bot: true, is_enterprise_install: false }],
  });
  return { body, eventId, ts };
}

/** A slash command's form body, as Slack posts it. */
export function slashCommandBody(command: string, text: string, responseUrl: string, user = 'U0ASKER'): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T0TEAM',
    team_domain: 'test',
    channel_id: 'C0NEWS',
    channel_name: 'news',
    user_id: user,
    user_name: 'asker',
    command,
    text,
    api_app_id: 'A0APP',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

/** A click on a button of an ephemeral answer (block_actions), as Slack posts it. */
export function buttonClickBody(actionId: string, value: string, responseUrl: string, user = 'U0ASKER'): string {
  const payload = {
    type: 'block_actions',
    user: { id: user, username: 'asker', name: 'asker', team_id: 'T0TEAM' },
    api_app_id: 'A0APP',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0NEWS', is_ephemeral: true },
    trigger_id: '1.2.4',
    team: { id: 'T0TEAM', domain: 'test' },
    channel: { id: 'C0NEWS', name: 'news' },
    response_url: responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'ainews_actions', value, text: { type: 'plain_text', text: 'x' }, action_ts: '1700000001.000200' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';
