// Issue 7, item 2 (hostile text), the terminal's share: control characters never reach the
// terminal. An ESC in a raw file makes it binary or is blanked at decoding, but one can also arrive
// through a JSON escape (\u001b) or an HTML entity (&#27;), and a user can type one into a query.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTerminal } from '../../src/render/terminal.ts';
import { renderJson } from '../../src/render/json.ts';
import { ask, tempLibrary } from '../helpers/temp-library.ts';
import type { Library } from '../../src/core/library.ts';

/** C0 and C1 controls except newline and tab: ESC starts escape sequences, BEL ends OSC ones. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

// OSC 0 sets the window title and OSC 52 writes the clipboard in many terminals; CSI 2J clears the screen.
const OSC_TITLE = '\u001b]0;pwned\u0007';
const OSC_CLIPBOARD = '\u001b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007';
const CLEAR = '\u001b[2J';

let library: Library;
let dispose: () => void;
beforeAll(() => {
  ({ library, dispose } = tempLibrary({ seed: false }));
  const record = {
    title: `Chip prices ${OSC_TITLE}`,
    outlet: `Wire${CLEAR}`,
    author: `Ann${OSC_CLIPBOARD} Lee`,
    text: `“Chip prices ${OSC_CLIPBOARD}fell sharply,” said Ann Lee, an analyst at Example Research.`,
  };
  const report = library.ingestFiles([
    { name: 'feed.jsonl', bytes: Buffer.from(`${JSON.stringify(record)}\n`) },
    {
      name: 'page.html',
      bytes: Buffer.from(
        '<html><head><title>Memory&#27;]0;pwned&#7; makers</title></head><body><article>' +
          '<p>“Memory makers &#27;[2Jraised prices,” said Bo Chen, an analyst at Example Research.</p></article></body></html>',
      ),
    },
  ]);
  expect(report.added).toEqual(['feed.jsonl#1', 'page.html']);
});
afterAll(() => dispose());

describe('control characters from articles and queries', () => {
  it.each(['/who said fell sharply', '/who said raised prices', '/quotes Ann Lee', '/search prices', '/sources', `/search prices ${CLEAR}${OSC_TITLE}`])(
    '%j is rendered without any',
    async (question) => {
      const answer = await ask(library, question);
      expect(answer.results.length + (answer.message ? 1 : 0)).toBeGreaterThan(0);
      expect(renderTerminal(answer)).not.toMatch(CONTROL);
      // JSON escapes controls itself; what it carries must be clean too.
      expect(JSON.stringify(JSON.parse(renderJson(answer)))).not.toMatch(/\\u00[01][0-9a-f]|\\u007f/i);
    },
  );

  it('keeps the words around them, so the quote is still found and attributed', async () => {
    const answer = await ask(library, '/who said fell sharply');
    expect(answer.results[0]).toMatchObject({ speaker: 'Ann Lee' });
    expect(answer.results[0]!.text).toMatch(/^Chip prices .*fell sharply,?$/);
  });
});
