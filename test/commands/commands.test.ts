import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ask, SEED_ARTICLES, tempLibrary } from '../helpers/temp-library.ts';
import { answerText } from '../../src/core/run-command.ts';
import type { Answer } from '../../src/core/answer.ts';

const lib = tempLibrary();
afterAll(() => lib.dispose());

function seedText(file: string): string {
  return readFileSync(join(SEED_ARTICLES, file), 'utf8');
}

function expectVerbatim(answer: Answer): void {
  for (const r of answer.results) {
    const article = seedText(r.source.file);
    expect(article).toContain(r.text);
    if (r.excerpt) expect(article).toContain(r.excerpt);
  }
}

describe('/who said', () => {
  it('finds the speaker whatever the case or a typo', async () => {
    for (const phrase of ['sputnik', 'Sputnik', 'sputnk']) {
      const answer = await ask(lib.library, `/who said ${phrase}`);
      expect(answer.results[0]?.speaker, phrase).toBe('Marc Andreessen');
      expect(answer.results[0]?.source.paragraph).toBeGreaterThan(0);
    }
  });

  it('resolves a surname to the full name another article gives', async () => {
    const answer = await ask(lib.library, '/who said wake-up call');
    expect(answer.results[0]?.speaker).toBe('Donald Trump');
  });

  it('says so when no quote matches, without padding', async () => {
    const answer = await ask(lib.library, '/who said blockchain');
    expect(answer.results).toEqual([]);
    expect(answer.message).toContain('blockchain');
  });
});

describe('/claim', () => {
  it('finds claims about chips in the words outlets use, and lines up the figures', async () => {
    const answer = await ask(lib.library, '/claim chips');
    const texts = answer.results.map((r) => r.text).join('\n');
    expect(texts).toContain('2,000 Nvidia H800');
    expect(texts).toContain('50,000 NVIDIA H100s');
    expect(answer.comparison).toMatchObject({ unit: 'chips', min: 2000, max: 50000, agree: false });
    expectVerbatim(answer);
  });

  it('lines up the training cost four outlets report', async () => {
    const answer = await ask(lib.library, '/claim training cost');
    expect(answer.comparison).toMatchObject({ unit: 'USD', min: 5_570_000, max: 6_000_000, agree: false });
    expect(new Set(answer.comparison!.values.map((v) => v.file)).size).toBeGreaterThanOrEqual(3);
    expect(answer.comparison!.summary).toBe('Sources differ: $5.57 million to $6 million (4 sources)');
    const withFigure = answer.results.find((r) => r.text.includes('$5.6 million'));
    expect(withFigure?.figures).toContainEqual(expect.objectContaining({ text: '$5.6 million', value: 5_600_000, unit: 'USD' }));
  });

  it('names the claimant when the text does', async () => {
    const answer = await ask(lib.library, '/claim distillation');
    expect(answer.results.some((r) => r.speaker === 'OpenAI' && r.text.includes('distillation'))).toBe(true);
    expect(answer.comparison).toBeUndefined();
  });
});

describe('/quotes', () => {
  it('gives the same quotes for a surname and a full name, newest first', async () => {
    const bySurname = await ask(lib.library, '/quotes Musk');
    const byName = await ask(lib.library, '/quotes Elon Musk');
    expect(bySurname.results.length).toBeGreaterThanOrEqual(3);
    expect(bySurname.results).toEqual(byName.results);
    expect(new Set(byName.results.map((r) => r.speaker))).toEqual(new Set(['Elon Musk']));
    const dates = byName.results.map((r) => r.source.date ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('collects one person across articles', async () => {
    const answer = await ask(lib.library, '/quotes Sam Altman');
    expect(new Set(answer.results.map((r) => r.source.file)).size).toBeGreaterThanOrEqual(3);
  });

  it('forgives a one-letter slip in a long surname', async () => {
    const answer = await ask(lib.library, '/quotes Amodai');
    expect(answer.results.length).toBeGreaterThan(0);
    expect(new Set(answer.results.map((r) => r.speaker))).toEqual(new Set(['Dario Amodei']));
  });

  it('says when nobody of that name is quoted', async () => {
    const answer = await ask(lib.library, '/quotes Ada Lovelace');
    expect(answer.results).toEqual([]);
    expect(answer.message).toContain('Ada Lovelace');
  });
});

describe('/search, /sources, /help', () => {
  it('finds passages and quotes the best sentence verbatim', async () => {
    const answer = await ask(lib.library, '/search export controls');
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results[0]!.text.toLowerCase()).toContain('export controls');
    expectVerbatim(answer);
  });

  it('never serves boilerplate', async () => {
    for (const line of ['Skip to main content', 'Leave a Reply', 'JOIN THE MOVEMENT']) {
      const answer = await ask(lib.library, `/search ${line}`);
      expect(answer.results.filter((r) => r.text.includes(line))).toEqual([]);
    }
  });

  it('lists every article with its outlet', async () => {
    const answer = await ask(lib.library, '/sources');
    expect(answer.results).toHaveLength(5);
    const outlets = Object.fromEntries(answer.results.map((r) => [r.source.file, r.source.outlet]));
    expect(outlets['000_e65aeb47de618ace.txt']).toBe('Newsweek');
    expect(outlets['003_1ee62f8c431de07e.txt']).toBe('MSPoweruser');
    expect(outlets['004_52935701e1954375.txt']).toBe('The Hankyoreh');
  });

  it('lists the commands with examples, admin ones only for admins', async () => {
    const forAdmin = await ask(lib.library, '/help');
    const forUser = await ask(lib.library, '/help', false);
    expect(forAdmin.facts?.map((f) => f.label)).toContain('/reindex');
    expect(forUser.facts?.map((f) => f.label)).not.toContain('/reindex');
    expect(forUser.facts?.map((f) => f.label)).toContain('/who said <phrase>');
  });
});

describe('admin commands', () => {
  it('/stats counts what is stored', async () => {
    const answer = await ask(lib.library, '/stats');
    const facts = Object.fromEntries(answer.facts!.map((f) => [f.label, f.value]));
    expect(facts['Articles']).toBe('5');
    expect(Number(facts['Quotes'])).toBeGreaterThan(15);
    expect(facts['Last ingest']).toMatch(/5 added/);
  });

  it('refuses non-admins and writes nothing', async () => {
    const before = lib.library.db.prepare('SELECT count(*) AS n FROM ingest_log').get();
    for (const text of ['/reindex', `/ingest ${SEED_ARTICLES}`, '/stats']) {
      const answer = await ask(lib.library, text, false);
      expect(answer.title).toBe('Admins only');
      expect(answer.message).toMatch(/admins only/);
    }
    expect(lib.library.db.prepare('SELECT count(*) AS n FROM ingest_log').get()).toEqual(before);
  });

  it('/reindex rebuilds and answers the same', async () => {
    const before = await ask(lib.library, '/who said six-month lead');
    const answer = await ask(lib.library, '/reindex');
    expect(answer.message).toMatch(/Reindexed 5 articles/);
    expect(await ask(lib.library, '/who said six-month lead')).toEqual(before);
  });

  it('/ingest reports a bad file by name with its reason', async () => {
    const bad = join(lib.dir, 'bad.txt');
    writeFileSync(bad, Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff]));
    const answer = await ask(lib.library, `/ingest ${bad}`);
    expect(answer.report?.failed).toEqual([{ file: expect.stringContaining('bad.txt'), reason: expect.any(String) }]);
    expect(answer.message).toContain('1 failed');
    expect((await ask(lib.library, '/who said sputnik')).results[0]?.speaker).toBe('Marc Andreessen');
  });

  it('never reads server paths for a chat user', async () => {
    const outcome = await answerText(`/ingest ${SEED_ARTICLES}`, {
      library: lib.library,
      user: { id: 'u1', platform: 'slack', isAdmin: true },
    });
    expect(outcome.kind === 'answer' && outcome.answer.report).toBeUndefined();
  });
});

describe('/ingest <url>', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/news/altman.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<html><head><title>Altman on chips</title><meta property="og:site_name" content="Example News"></head><body><article><h1>Altman on chips</h1><p>“We need more chips than anyone imagined,” Sam Altman said on Monday.</p></article></body></html>');
      } else if (req.url === '/huge.html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('x'.repeat(6 * 1024 * 1024));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches a page, ingests it and answers from it', async () => {
    const answer = await ask(lib.library, `/ingest ${base}/news/altman.html`);
    expect(answer.report?.added).toHaveLength(1);
    const who = await ask(lib.library, '/who said more chips than anyone');
    expect(who.results[0]?.speaker).toBe('Sam Altman');
    expect(who.results[0]?.source).toMatchObject({ outlet: 'Example News', url: `${base}/news/altman.html` });
  });

  it('reports a missing page and a page over the size cap', async () => {
    expect((await ask(lib.library, `/ingest ${base}/gone.html`)).report?.failed[0]?.reason).toMatch(/404/);
    expect((await ask(lib.library, `/ingest ${base}/huge.html`)).report?.failed[0]?.reason).toMatch(/larger than/);
  });
});
