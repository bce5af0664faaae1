import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a started chat platform hands back: an HTTP handler when it listens over HTTP, and a way to stop. */
export interface RunningPlatform {
  /** URL path prefix this platform answers on, e.g. "/discord/" or "/slack/". */
  prefix?: string;
  handle?: (req: IncomingMessage, res: ServerResponse) => void;
  stop(): Promise<void>;
}
