import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';

function claimWith(paragraphs: string[], phrase: string) {
  const claim = extractArticle(paragraphs).claims.find((c) => c.text.includes(phrase));
  if (!claim) throw new Error(`no claim holds ${JSON.stringify(phrase)}`);
  return claim;
}

describe('claims', () => {
  it('a figure belongs to the last speaker before it: "X replied to Y, who said that … 10,000 GPUs"', () => {
    const p = ['Senator Ruth Calder replied on Monday to a video of analyst Omar Haddad, who said that the lab owns about 10,000 GPUs it cannot disclose.'];
    const claim = claimWith(p, '10,000 GPUs');
    expect(claim.claimant?.name).toBe('Omar Haddad');
    expect(claim.figures.map((f) => f.text)).toEqual(['about 10,000 GPUs']);
  });

  it('without a figure the first speaker asserts the sentence', () => {
    const p = ['Mayor Ines Duarte said the council will vote on the plan, which critics say is rushed.'];
    expect(claimWith(p, 'council will vote').claimant?.name).toBe('Ines Duarte');
  });

  it('"according to X" names the claimant', () => {
    const p = ['The startup spent $40 million on compute last year, according to chief financial officer Mei Tanaka.'];
    const claim = claimWith(p, '$40 million');
    expect(claim.claimant?.name).toBe('Mei Tanaka');
    expect(claim.figures[0]).toMatchObject({ value: 40_000_000, unit: 'USD' });
  });

  it('a figure nobody is said to claim has no claimant', () => {
    const p = ['Shares of the chipmaker fell 12% on Tuesday after the earnings call.'];
    expect(claimWith(p, '12%').claimant).toBeNull();
  });
});
