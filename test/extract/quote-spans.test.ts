import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/extract/quote-spans.ts';

const inner = (t: string): string[] => findQuoteSpans(t).map((q) => t.slice(q.start, q.end));

describe('findQuoteSpans', () => {
  it('finds curly, straight and single quotations without their marks or trailing comma', () => {
    expect(inner('“One,” he said. "Two." She called it ‘three’ and \'four\'.')).toEqual(['One', 'Two.', 'three', 'four']);
  });

  it('leaves apostrophes alone: it’s, ’90s, dogs’, rock ’n’ roll', () => {
    expect(inner('It’s the ’90s and the dogs’ bowls are empty; it\'s fine.')).toEqual([]);
    expect(inner('‘The dogs’ bowls were empty,’ she said.')).toEqual(['The dogs’ bowls were empty']);
  });

  it('returns only the outer quotation when one is nested in another', () => {
    expect(inner('"My boss said \'ship it\' and left," she said.')).toEqual(["My boss said 'ship it' and left"]);
  });

  it('marks a quotation left open at the end of the paragraph', () => {
    const [q] = findQuoteSpans('Smith said: "We will keep going.');
    expect(q?.close).toBeNull();
  });
});
