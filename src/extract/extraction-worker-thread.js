// A worker thread does not inherit the main thread's TypeScript loader: register tsx, then load
// the worker's code (see bin/run-ts.js).
import { register } from 'tsx/esm/api';

register();
await import('./extraction-worker.ts');
