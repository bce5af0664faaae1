import { afterAll, beforeAll, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.ts';
import { Library } from '../../src/core/library.ts';
import type { RunningPlatform } from '../../src/platform.ts';
import { startSlack } from '../../src/slack/start-slack.ts';
import { FakeSlack } from './fake-slack.ts';
import { makeLibraryDir } from './slack-harness.ts';
import { mentionEnvelope } from './slack-requests.ts';

let fake: FakeSlack;
let sockets: WebSocketServer;
let socket: WebSocket;
let acks: string[] = [];
let platform: RunningPlatform;
let library: Library;
let dir: ReturnType<typeof makeLibraryDir>;

beforeAll(async () => {
  dir = makeLibraryDir();
  fake = await FakeSlack.start();
  sockets = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => sockets.once('listening', resolve));
  fake.socketUrl = `ws://127.0.0.1:${(sockets.address() as AddressInfo).port}/link`;
  const connected = new Promise<WebSocket>((resolve) =>
    sockets.once('connection', (ws) => {
      ws.on('message', (data) => acks.push((JSON.parse(String(data)) as { envelope_id: string }).envelope_id));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP' } }));
      resolve(ws);
    }),
  );
  library = Library.open({ dbPath: dir.dbPath });
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: fake.apiUrl });
  platform = await startSlack(config, library);
  socket = await connected;
}, 30_000);

afterAll(async () => {
  await platform?.stop();
  sockets?.clients.forEach((c) => c.terminate());
  await new Promise((resolve) => sockets?.close(resolve));
  await fake?.close();
  library?.close();
  dir?.cleanup();
});

it('in Socket Mode, needs no HTTP endpoint and answers a mention and a slash command over the socket', async () => {
  expect(platform.handle).toBeUndefined();
  const { body, ts } = mentionEnvelope({ text: '<@U0BOT> who said sputnik' });
  socket.send(JSON.stringify({ envelope_id: 'env-mention', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: JSON.parse(body) }));
  const post = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts, 'the answer to the mention');
  expect(String(post.body.text)).toContain('Marc Andreessen');

  const command = { command: '/claim', text: 'chips', user_id: 'U0ASKER', channel_id: 'C0NEWS', team_id: 'T0TEAM', response_url: fake.responseUrl('socket-claim'), trigger_id: '1.2.3', api_app_id: 'A0APP' };
  socket.send(JSON.stringify({ envelope_id: 'env-claim', type: 'slash_commands', accepts_response_payload: true, payload: command }));
  const answer = await fake.waitFor((c) => c.method === 'respond/socket-claim', 'the /claim answer');
  expect(answer.body.response_type).toBe('ephemeral');
  expect(acks).toEqual(expect.arrayContaining(['env-mention', 'env-claim']));
});
