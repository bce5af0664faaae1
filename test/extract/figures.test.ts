import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures.ts';

const seed = (file: string) => readFileSync(new URL(`../../data/articles/${file}`, import.meta.url), 'utf8');

/** The figures of a sentence as [text, value, unit, bound] rows, the way a reader checks them. */
const rows = (sentence: string) => extractFigures(sentence).map((f) => [f.text, f.value, f.unit, f.bound]);

describe('money', () => {
  it('reads scale and currency symbols, codes and words', () => {
    expect(rows('The startup said it spent $5.6 million on the final run, while a rival reported US$5.57 million.')).toEqual([
      ['$5.6 million', 5_600_000, 'USD', 'exact'],
      ['US$5.57 million', 5_570_000, 'USD', 'exact'],
    ]);
    expect(rows('Chipmakers lost $600 billion as investors fled, and a $1 trillion rout followed.')).toEqual([
      ['$600 billion', 600_000_000_000, 'USD', 'exact'],
      ['$1 trillion', 1_000_000_000_000, 'USD', 'exact'],
    ]);
    expect(rows('No supercomputers or $100M needed, he wrote; Brussels set aside €2bn and London £3.5 billion.')).toEqual([
      ['$100M', 100_000_000, 'USD', 'exact'],
      ['€2bn', 2_000_000_000, 'EUR', 'exact'],
      ['£3.5 billion', 3_500_000_000, 'GBP', 'exact'],
    ]);
    expect(rows('Beijing pledged 1.2 trillion yuan for computing, and the ministry added Rs 500 crore.')).toEqual([
      ['1.2 trillion yuan', 1_200_000_000_000, 'CNY', 'exact'],
      ['Rs 500 crore', 5_000_000_000, 'INR', 'exact'],
    ]);
  });

  it('keeps the bound word in the verbatim text and reads its direction', () => {
    expect(rows('It was built for under $6 million, less than $7 million by other counts.')).toEqual([
      ['under $6 million', 6_000_000, 'USD', 'upper'],
      ['less than $7 million', 7_000_000, 'USD', 'upper'],
    ]);
    expect(rows('The lab can spend up to $2 billion, below $3 billion, on chips.').map((r) => r[3])).toEqual(['upper', 'upper']);
    expect(rows('Rivals spent more than $100 million; some spent over $1 billion and at least $2 billion.')).toEqual([
      ['more than $100 million', 100_000_000, 'USD', 'lower'],
      ['over $1 billion', 1_000_000_000, 'USD', 'lower'],
      ['at least $2 billion', 2_000_000_000, 'USD', 'lower'],
    ]);
    expect(
      rows('Costs were around $5 million, about $4 million, roughly $3 million, nearly $2 million, almost $600 billion and some $9 million.')
        .map((r) => [r[0], r[3]]),
    ).toEqual([
      ['around $5 million', 'approx'],
      ['about $4 million', 'approx'],
      ['roughly $3 million', 'approx'],
      ['nearly $2 million', 'approx'],
      ['almost $600 billion', 'approx'],
      ['some $9 million', 'approx'],
    ]);
  });

  it('needs a currency: a bare "5 million" is not money', () => {
    expect(extractFigures('Analysts expect 5 million more by June.')).toEqual([]);
  });
});

describe('counts', () => {
  it('folds chip-like nouns into "chips" and keeps the words between number and noun', () => {
    expect(rows('The company said it only needed 2,000 specialized chips for the run.')).toEqual([
      ['2,000 specialized chips', 2000, 'chips', 'exact'],
    ]);
    expect(rows('It trained on 2,000 Nvidia H800 chips, not the 16,000 GPUs rivals use.')).toEqual([
      ['2,000 Nvidia H800 chips', 2000, 'chips', 'exact'],
      ['16,000 GPUs', 16_000, 'chips', 'exact'],
    ]);
    expect(rows('An executive claimed the lab has around 50,000 NVIDIA H100s it cannot talk about.')).toEqual([
      ['around 50,000 NVIDIA H100s', 50_000, 'chips', 'approx'],
    ]);
    expect(rows('Orders for 8,000 A100s, 300 accelerators, 40 processors and 10,000 graphics processing units.').map((r) => r[2])).toEqual([
      'chips', 'chips', 'chips', 'chips',
    ]);
  });

  it('names other things by their plural noun, lower-cased', () => {
    expect(rows('The app passed 10 million users after three engineers rebuilt it; Anthropic’s 1,000 staff watched.')).toEqual([
      ['10 million users', 10_000_000, 'users', 'exact'],
      ['three engineers', 3, 'engineers', 'exact'],
      ['1,000 staff', 1000, 'staff', 'exact'],
    ]);
    expect(rows('The firm hired a dozen researchers and more than 2,000 Employees.')).toEqual([
      ['a dozen researchers', 12, 'researchers', 'exact'],
      ['more than 2,000 Employees', 2000, 'employees', 'lower'],
    ]);
    expect(rows('Downloads hit 50,000+ installs.')).toEqual([['50,000+ installs', 50_000, 'installs', 'lower']]);
  });

  it('does not count when no plural noun follows', () => {
    expect(extractFigures('A reported 16,000 or more required to train leading models.')).toEqual([]);
    expect(extractFigures('Costs fall by a factor of four, and one model learns from another.')).toEqual([]);
    expect(extractFigures('Chips run four times faster.')).toEqual([]);
  });
});

describe('percentages and durations', () => {
  it('reads percent signs and words', () => {
    expect(rows('Nvidia controls around 70% of the market, rose 8.93% and then fell 4.1 percent.')).toEqual([
      ['around 70%', 70, '%', 'approx'],
      ['8.93%', 8.93, '%', 'exact'],
      ['4.1 percent', 4.1, '%', 'exact'],
    ]);
  });

  it('turns durations into days', () => {
    expect(rows('The model took two months to build, six months after a four years project.')).toEqual([
      ['two months', 60, 'days', 'exact'],
      ['six months', 180, 'days', 'exact'],
      ['four years', 1460, 'days', 'exact'],
    ]);
    expect(rows('Training ended 9-12 months ago after a six-month sprint of 24 hours a day.')).toEqual([
      ['9-12 months', 315, 'days', 'approx'],
      ['six-month', 180, 'days', 'exact'],
      ['24 hours', 1, 'days', 'exact'],
    ]);
  });

  it('does not read ages as durations', () => {
    expect(extractFigures('A 30-year-old founder, 45 years old, led it.')).toEqual([]);
  });
});

describe('what is not a figure', () => {
  it('skips years, dates, model and version numbers, ordinals and rankings', () => {
    const sentences = [
      'In 2024 the lab wrote an op-ed about the 1989 protests.',
      'Shares recovered on Jan. 28 and on January 20, 2025.',
      'It released V3 and R1, beating GPT-4o and o1.',
      'Qwen 2.5 Max and Llama-3.1-405B trail Claude 3.5 Sonnet.',
      'The app is #1 in the store for the 3rd week.',
      'Windows 11 users and Llama 3 models were tested at 10:30 on 1/28.',
    ];
    for (const sentence of sentences) expect(extractFigures(sentence), sentence).toEqual([]);
  });

  it('returns spans that are verbatim substrings', () => {
    const text = 'Some say “under $6 million”, others around 2,000 H800 Nvidia chips — nearly 70% cheaper.';
    const figures = extractFigures(text);
    expect(figures.length).toBe(3);
    for (const f of figures) expect(text).toContain(f.text);
  });
});

describe('any text', () => {
  it('gives verbatim spans and finite values for arbitrary mixes of news fragments', () => {
    const fragment = fc.constantFrom(
      '$', 'US$', '€', '5.6', '2,000', '50,000', ' million', ' billion', 'M', ' chips', ' H100s', ' users', '%',
      ' percent', ' months', '-', ' to ', 'under ', 'around ', 'two', ' or more', 'V3', 'GPT-4o', '2024', ' ', '.', ',',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const f of extractFigures(text)) {
          expect(text).toContain(f.text);
          expect(Number.isFinite(f.value)).toBe(true);
        }
      }),
    );
  });
});

describe('seed articles', () => {
  it('finds the training cost each outlet reports', () => {
    const money = (file: string) => extractFigures(seed(file)).filter((f) => f.kind === 'money').map((f) => f.text);
    expect(money('001_a2296ed6b475fcd6.txt')).toContain('$5.6 million');
    expect(money('002_d45d6f1bddc2a34a.txt')).toContain('under $6 million');
    expect(money('003_1ee62f8c431de07e.txt')).toContain('$6 million');
    expect(money('004_52935701e1954375.txt')).toContain('US$5.57 million');
  });

  it('finds the chip counts and nothing from model names or dates', () => {
    const figures = extractFigures(seed('000_e65aeb47de618ace.txt'));
    expect(figures.filter((f) => f.unit === 'chips').map((f) => [f.text, f.value])).toEqual([
      ['2,000 specialized chips', 2000],
      ['around 50,000 NVIDIA H100s', 50_000],
    ]);
    expect(figures.map((f) => f.value)).not.toContain(2025);
    expect(figures.map((f) => f.value)).not.toContain(3);
    const hani = extractFigures(seed('004_52935701e1954375.txt'));
    expect(hani.map((f) => f.text)).toEqual(expect.arrayContaining(['around 2,000 H800 Nvidia chips', '8.93%', '4.1%']));
    expect(hani.map((f) => f.value)).not.toContain(28);
  });
});
