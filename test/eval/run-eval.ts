// `npm run eval`: scores the bot end to end on the labelled eval articles, the way the shared
// score.py does — ingest into a fresh database through the CLI, ask every question in one `ask
// --json` call, and check speakers, empty answers, claims, boilerplate, sources and that every
// returned text is verbatim. Exits 1 below 95% speaker accuracy or on any verbatim failure.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { normalise, readCases, speakerVerdict, type Cases } from './cases.ts';

const root = resolve(import.meta.dirname, '../..');
const articlesDir = join(root, 'test/eval/articles');
const casesPath = join(root, 'test/eval/cases.json');
const MIN_WHO = 0.95;

interface Result {
  text?: string | null;
  speaker?: string | null;
  source?: { file?: string; title?: string | null; outlet?: string | null; date?: string | null };
}
interface Answer {
  results?: Result[];
}
type Ask =
  | { kind: 'who'; index: number; command: string }
  | { kind: 'none' | 'boiler'; phrase: string; command: string }
  | { kind: 'claim'; index: number; command: string }
  | { kind: 'sources'; command: string };

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', hellip: '…', copy: '©' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
    return named[code.toLowerCase()] ?? all;
  });
}

/** Article text as score.py sees it: HTML tags dropped and entities decoded, then normalised. */
function fileTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const name of readdirSync(articlesDir)) {
    let raw = readFileSync(join(articlesDir, name), 'utf8');
    if (/\.html?$/.test(name)) raw = decodeEntities(raw.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '));
    texts.set(name, normalise(raw));
  }
  return texts;
}

function cli(args: string[]): string {
  return execFileSync(process.execPath, [join(root, 'bin/ainews.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

function plan(cases: Cases): Ask[] {
  return [
    ...cases.who_said.map((c, index): Ask => ({ kind: 'who', index, command: `/who said ${c.q}` })),
    ...cases.who_said_none.map((phrase): Ask => ({ kind: 'none', phrase, command: `/who said ${phrase}` })),
    ...cases.claim.map((c, index): Ask => ({ kind: 'claim', index, command: `/claim ${c.q}` })),
    ...cases.boilerplate.map((phrase): Ask => ({ kind: 'boiler', phrase, command: `/search ${phrase}` })),
    ...(cases.sources.length > 0 ? [{ kind: 'sources', command: '/sources' } as Ask] : []),
  ];
}

function main(): number {
  const cases = readCases(casesPath);
  const files = fileTexts();
  const dir = mkdtempSync(join(tmpdir(), 'ainews-eval-'));
  const db = join(dir, 'eval.db');
  try {
    cli(['ingest', '--db', db, articlesDir]);
    const asks = plan(cases);
    const answers = cli(['ask', '--json', '--db', db, ...asks.map((a) => a.command)])
      .split('\n')
      .filter((l) => l.trim().startsWith('{'))
      .map((l) => JSON.parse(l) as Answer);
    if (answers.length !== asks.length) {
      console.error(`expected ${asks.length} JSON answers, got ${answers.length}`);
      return 2;
    }
    return report(cases, files, asks, answers);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(cases: Cases, files: Map<string, string>, asks: Ask[], answers: Answer[]): number {
  const tally: Record<string, [number, number]> = { who: [0, 0], none: [0, 0], claim: [0, 0], boilerplate: [0, 0], sources: [0, 0], verbatim: [0, 0] };
  const fail = (line: string): void => console.log(line);
  const count = (key: string, ok: boolean): void => {
    tally[key]![1]++;
    if (ok) tally[key]![0]++;
  };
  const verbatim = (r: Result): void => {
    const file = r.source?.file ?? '';
    const ok = normalise(r.text) !== '' && (files.get(file) ?? '').includes(normalise(r.text));
    count('verbatim', ok);
    if (!ok) fail(`NOT VERBATIM: ${file}: ${JSON.stringify((r.text ?? '').slice(0, 120))}`);
  };
  asks.forEach((ask, i) => {
    const results = answers[i]!.results ?? [];
    if (ask.kind === 'who' || ask.kind === 'claim') results.slice(0, 10).forEach(verbatim);
    if (ask.kind === 'who') {
      const c = cases.who_said[ask.index]!;
      const top = results[0];
      const file = top?.source?.file ?? '';
      const located = !!top && c.file.includes(file) && normalise(top.text).includes(normalise(c.q));
      const verdict = located ? speakerVerdict(c, top.speaker ?? null) : 'no quotation with the phrase first';
      count('who', verdict === null);
      if (verdict !== null) fail(`WHO ${JSON.stringify(ask.command)} (${c.file.join(', ')}): ${verdict}; got ${JSON.stringify(top?.speaker ?? null)} ${JSON.stringify((top?.text ?? '').slice(0, 80))}`);
    } else if (ask.kind === 'none') {
      count('none', results.length === 0);
      if (results.length > 0) fail(`NONE ${JSON.stringify(ask.command)}: got ${results.length} results, first ${JSON.stringify((results[0]!.text ?? '').slice(0, 80))}`);
    } else if (ask.kind === 'claim') {
      for (const [file, sub] of cases.claim[ask.index]!.must) {
        const ok = results.slice(0, 10).some((r) => r.source?.file === file && normalise(r.text).includes(normalise(sub)));
        count('claim', ok);
        if (!ok) fail(`CLAIM ${JSON.stringify(ask.command)}: no result from ${file} containing ${JSON.stringify(sub)}`);
      }
    } else if (ask.kind === 'boiler') {
      const bad = results.find((r) => normalise(r.text).includes(normalise(ask.phrase)));
      count('boilerplate', !bad);
      if (bad) fail(`BOILERPLATE ${JSON.stringify(ask.command)}: served ${JSON.stringify((bad.text ?? '').slice(0, 80))}`);
    } else {
      checkSources(cases, results, count, fail);
    }
  });
  const [right, total] = tally.who!;
  const share = total ? right / total : 1;
  console.log(`who ${right}/${total} (${(share * 100).toFixed(1)}%)`);
  console.log(Object.entries(tally).map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', '));
  return share >= MIN_WHO && tally.verbatim![0] === tally.verbatim![1] ? 0 : 1;
}

function checkSources(cases: Cases, results: Result[], count: (k: string, ok: boolean) => void, fail: (l: string) => void): void {
  const byFile = new Map(results.map((r) => [r.source?.file ?? '', r.source ?? {}]));
  for (const s of cases.sources) {
    const src = byFile.get(s.file) ?? {};
    const checks: [string, string | undefined, string | null | undefined, boolean][] = [
      ['title', s.title_contains, src.title, true],
      ['outlet', s.outlet, src.outlet, false],
      ['date', s.date, src.date, false],
    ];
    for (const [field, want, got, contains] of checks) {
      if (want === undefined) continue;
      const ok = contains ? normalise(got).includes(normalise(want)) : normalise(got).startsWith(normalise(want));
      count('sources', ok);
      if (!ok) fail(`SOURCE ${s.file}: ${field} is ${JSON.stringify(got ?? null)}, expected ${JSON.stringify(want)}`);
    }
  }
}

process.exitCode = main();
