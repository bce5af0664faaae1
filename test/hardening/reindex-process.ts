// A second process that reindexes each database named on its stdin and answers "done" when the
// commit is in, so a test can race many reindexes against its own queries without paying for a
// process start each time. Run with `node --import tsx`.

import { createInterface } from 'node:readline';
import { Library } from '../../src/core/library.ts';

for await (const dbPath of createInterface({ input: process.stdin })) {
  const library = Library.open({ dbPath });
  try {
    const { quotes } = library.reindex();
    process.stdout.write(`done ${quotes}\n`);
  } finally {
    library.close();
  }
}
