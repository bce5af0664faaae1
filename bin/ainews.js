#!/usr/bin/env node
// The project runs from its TypeScript sources through tsx, so `npx ainews` works right after
// `npm ci` with no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
