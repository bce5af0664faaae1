import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/extract/compare.ts';
import { extractFigures } from '../../src/extract/figures.ts';

const seed = (file: string) => readFileSync(new URL(`../../data/articles/${file}`, import.meta.url), 'utf8');

/** The figures of the seed paragraph that contains `phrase`, as one /claim result would carry them. */
function result(file: string, phrase: string) {
  const paragraph = seed(file).split('\n').find((p) => p.includes(phrase));
  if (!paragraph) throw new Error(`${file} has no paragraph with ${phrase}`);
  return extractFigures(paragraph).map((figure) => ({ figure, file }));
}

/** Figures of sentences written for the test, one result per [file, sentence]. */
const written = (...results: [string, string][]) =>
  results.flatMap(([file, sentence]) => extractFigures(sentence).map((figure) => ({ figure, file })));

describe('compareFigures on the seed articles', () => {
  it('lines up the training cost across four outlets, leaving out other magnitudes', () => {
    const comparison = compareFigures([
      ...result('001_a2296ed6b475fcd6.txt', '$5.6 million'),
      ...result('002_d45d6f1bddc2a34a.txt', 'under $6 million'),
      ...result('001_a2296ed6b475fcd6.txt', '$500 billion'),
      ...result('003_1ee62f8c431de07e.txt', 'only $6 million'),
      ...result('004_52935701e1954375.txt', 'US$5.57 million'),
      ...result('002_d45d6f1bddc2a34a.txt', '$600 billion'),
      ...result('003_1ee62f8c431de07e.txt', '$1 trillion'),
      ...result('000_e65aeb47de618ace.txt', '$100M'),
    ]);
    expect(comparison).toMatchObject({ unit: 'USD', kind: 'money', min: 5_570_000, max: 6_000_000, agree: false });
    expect(comparison?.values).toEqual([
      { value: 5_600_000, file: '001_a2296ed6b475fcd6.txt', text: '$5.6 million' },
      { value: 6_000_000, file: '002_d45d6f1bddc2a34a.txt', text: 'under $6 million' },
      { value: 6_000_000, file: '003_1ee62f8c431de07e.txt', text: '$6 million' },
      { value: 5_570_000, file: '004_52935701e1954375.txt', text: 'US$5.57 million' },
    ]);
    expect(comparison?.summary).toBe('Sources differ: $5.57 million to $6 million (4 sources)');
  });

  it('lines up 2,000 chips against 50,000 H100s', () => {
    const comparison = compareFigures([
      ...result('000_e65aeb47de618ace.txt', '2,000 specialized chips'),
      ...result('001_a2296ed6b475fcd6.txt', '2,000 Nvidia H800 chips'),
      ...result('000_e65aeb47de618ace.txt', '50,000 NVIDIA H100s'),
      ...result('004_52935701e1954375.txt', '2,000 H800 Nvidia chips'),
    ]);
    expect(comparison).toMatchObject({ unit: 'chips', kind: 'count', min: 2000, max: 50_000, agree: false });
    expect(comparison?.values.map((v) => v.text)).toEqual([
      '2,000 specialized chips',
      '2,000 Nvidia H800 chips',
      'around 50,000 NVIDIA H100s',
      'around 2,000 H800 Nvidia chips',
    ]);
    expect(comparison?.summary).toBe('Sources differ: 2,000 chips to 50,000 chips (3 sources)');
  });
});

describe('compareFigures rules', () => {
  it('needs two different sources', () => {
    expect(compareFigures(written(['a.txt', 'It cost $5 million, then $5.5 million, using 2,000 chips and 3,000 GPUs.']))).toBeUndefined();
    expect(compareFigures([])).toBeUndefined();
  });

  it('says sources agree when the values are equal, an upper bound included', () => {
    const comparison = compareFigures(written(
      ['a.txt', 'The lab used 2,000 chips.'],
      ['b.txt', 'Reports say 2,000 H800 chips were enough.'],
      ['c.txt', 'It ran on under 2,000 GPUs.'],
    ));
    expect(comparison).toMatchObject({ unit: 'chips', min: 2000, max: 2000, agree: true });
    expect(comparison?.summary).toBe('Sources agree: 2,000 chips (3 sources)');
  });

  it('does not compare different units or different classes of things', () => {
    expect(compareFigures(written(
      ['a.txt', 'The app has 10 million users.'],
      ['b.txt', 'The firm has 10 million customers and spent $6 million.'],
      ['c.txt', 'It took two months and 70% less power.'],
    ))).toBeUndefined();
  });

  it('only lines up money of the same magnitude, choosing the window most sources report', () => {
    const comparison = compareFigures(written(
      ['a.txt', 'Its rival raised $1 billion.'],
      ['b.txt', 'The model cost $10 million.'],
      ['c.txt', 'Training cost about $12 million, a tenth of the $1.2 billion others spent.'],
      ['d.txt', 'Some say $14 million.'],
    ));
    expect(comparison).toMatchObject({ unit: 'USD', min: 10_000_000, max: 14_000_000 });
    expect(comparison?.values.map((v) => v.file)).toEqual(['b.txt', 'c.txt', 'd.txt']);
  });

  it('breaks ties toward the figure of the best-ranked result', () => {
    const comparison = compareFigures(written(
      ['a.txt', 'Stocks fell 17%.'],
      ['b.txt', 'The company lost $600 billion.'],
      ['c.txt', 'Nvidia shed $590 billion.'],
      ['d.txt', 'Shares dropped 16.9%.'],
    ));
    expect(comparison).toMatchObject({ unit: '%', min: 16.9, max: 17 });
  });

  it('lists each source value once, best-ranked first', () => {
    const comparison = compareFigures(written(
      ['b.txt', 'It claimed $6 million.'],
      ['a.txt', 'Training cost $5.6 million.'],
      ['b.txt', 'Again, just $6 million.'],
    ));
    expect(comparison?.values.map((v) => [v.file, v.value])).toEqual([
      ['b.txt', 6_000_000],
      ['a.txt', 5_600_000],
    ]);
    expect(comparison?.summary).toBe('Sources differ: $5.6 million to $6 million (2 sources)');
  });
});
