// The labelled eval set scored on extraction alone (no database, no CLI): a fast guard for the
// ≥95% speaker target that `npm run eval` measures end to end.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCases } from './cases.ts';
import { scoreExtraction } from './extraction-score.ts';

const here = import.meta.dirname;
const cases = readCases(join(here, 'cases.json'));

describe('labelled eval articles', () => {
  it('has enough labelled quotes, with unnamed ones among them', () => {
    expect(cases.who_said.length).toBeGreaterThanOrEqual(70);
    expect(cases.who_said.filter((c) => c.speaker_not).length).toBeGreaterThanOrEqual(5);
  });

  it('names the right speaker for at least 95% of quotes', () => {
    const score = scoreExtraction(join(here, 'articles'), cases.who_said);
    expect(score.right / score.total, score.failures.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('never pins an unnamed quote on a person the article names', () => {
    const unnamed = cases.who_said.filter((c) => c.speaker_not);
    const score = scoreExtraction(join(here, 'articles'), unnamed);
    expect(score.failures).toEqual([]);
  });
});
