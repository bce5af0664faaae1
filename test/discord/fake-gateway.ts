import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeDiscord } from './fake-discord.ts';

export interface Identify {
  token: string;
  intents: number;
  shard: [number, number];
}

/**
 * Discord's gateway, as much of it as a bot needs to log in and receive interactions: HELLO,
 * heartbeat ACKs, IDENTIFY → READY (with no guilds), and INTERACTION_CREATE dispatches sent to the
 * shard that owns the guild. It shares the fake REST server's port; GET /gateway/bot points here.
 */
export class FakeGateway {
  readonly identifies: Identify[] = [];
  private readonly sessions = new Map<WebSocket, { shard: [number, number]; seq: number }>();
  private listeners: (() => void)[] = [];
  private readonly wss: WebSocketServer;

  constructor(discord: FakeDiscord) {
    this.wss = new WebSocketServer({ server: discord.server });
    this.wss.on('connection', (socket) => {
      socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
      socket.on('message', (raw: Buffer) => this.receive(socket, JSON.parse(raw.toString()) as { op: number; d: unknown }));
      socket.on('close', () => this.sessions.delete(socket));
    });
  }

  /** Resolves once `count` shards have identified and been sent READY. */
  waitForShards(count: number, timeoutMs = 30_000): Promise<Identify[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${this.sessions.size} of ${count} shards connected`)), timeoutMs);
      const check = () => {
        if (this.sessions.size < count) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== check);
        resolve(this.identifies);
      };
      this.listeners.push(check);
      check();
    });
  }

  /** Sends INTERACTION_CREATE on the shard Discord would use for the payload's guild (or shard 0 for a DM). */
  dispatchInteraction(payload: { guild_id?: string }): number {
    for (const [socket, session] of this.sessions) {
      const [id, count] = session.shard;
      const owner = payload.guild_id ? Number((BigInt(payload.guild_id) >> 22n) % BigInt(count)) : 0;
      if (owner !== id) continue;
      session.seq += 1;
      socket.send(JSON.stringify({ op: 0, t: 'INTERACTION_CREATE', s: session.seq, d: payload }));
      return id;
    }
    throw new Error('no connected shard owns this interaction');
  }

  close(): Promise<void> {
    for (const socket of this.sessions.keys()) socket.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private receive(socket: WebSocket, message: { op: number; d: unknown }): void {
    if (message.op === 1) {
      socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
    } else if (message.op === 2) {
      const identify = message.d as Identify;
      this.identifies.push({ token: identify.token, intents: identify.intents, shard: identify.shard ?? [0, 1] });
      const shard = identify.shard ?? [0, 1];
      this.sessions.set(socket, { shard, seq: 1 });
      const ready = {
        v: 10,
        user: { id: '1', username: 'ainews', discriminator: '0000', global_name: null, avatar: null, bot: true, verified: true, flags: 0 },
        guilds: [],
        session_id: `session-${shard[0]}`,
        resume_gateway_url: `ws://127.0.0.1`,
        shard,
        application: { id: '1', flags: 0 },
      };
      socket.send(JSON.stringify({ op: 0, t: 'READY', s: 1, d: ready }));
      for (const listener of [...this.listeners]) listener();
    }
  }
}
