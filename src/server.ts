import { createServer, type Server } from 'node:http';
import type { RunningPlatform } from './platform.ts';

/**
 * One HTTP server on PORT for every platform that listens over HTTP, so Discord's interactions
 * endpoint and Slack's events endpoint can share a process and a port.
 */
export function serveHttp(platforms: RunningPlatform[], port: number): Promise<Server> {
  const routes = platforms.filter((p) => p.prefix && p.handle);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const route = routes.find((r) => path.startsWith(r.prefix!));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    route.handle!(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}
