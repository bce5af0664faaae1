import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../src/render/format-figure.ts';

describe('formatFigure', () => {
  it('writes money with its symbol and scale word', () => {
    expect(formatFigure(5_570_000, 'USD')).toBe('$5.57 million');
    expect(formatFigure(6_000_000, 'USD')).toBe('$6 million');
    expect(formatFigure(2_000_000_000, 'EUR')).toBe('€2 billion');
    expect(formatFigure(1_000_000_000_000, 'USD')).toBe('$1 trillion');
    expect(formatFigure(3_500_000_000, 'GBP')).toBe('£3.5 billion');
    expect(formatFigure(1_200_000_000_000, 'CNY')).toBe('1.2 trillion yuan');
    expect(formatFigure(250_000, 'USD')).toBe('$250,000');
  });

  it('writes counts, percentages and days', () => {
    expect(formatFigure(2000, 'chips')).toBe('2,000 chips');
    expect(formatFigure(10_000_000, 'users')).toBe('10 million users');
    expect(formatFigure(70, '%')).toBe('70%');
    expect(formatFigure(8.93, '%')).toBe('8.93%');
    expect(formatFigure(60, 'days')).toBe('60 days');
    expect(formatFigure(1, 'days')).toBe('1 day');
  });
});
