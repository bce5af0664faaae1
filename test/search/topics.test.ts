import { describe, expect, it } from 'vitest';
import { expandTopic, topicSuggestions } from '../../src/search/topics.ts';

describe('expandTopic', () => {
  it('finds the words outlets use for chips', () => {
    const words = expandTopic('chips');
    expect(words[0]).toBe('chips');
    expect(words).toEqual(expect.arrayContaining(['gpus', 'h800', 'h100', 'semiconductors', 'nvidia']));
    expect(expandTopic('GPU')).toContain('chips');
  });

  it('finds the words of money for cost, the typed words first', () => {
    const words = expandTopic('training cost');
    expect(words.slice(0, 3)).toEqual(['training cost', 'training', 'cost']);
    expect(words).toEqual(expect.arrayContaining([
      'costs', 'price', 'spent', 'spend', 'budget', 'cheap', 'million', 'billion', '$', 'fraction of the cost',
    ]));
  });

  it('finds market words for the stock market', () => {
    expect(expandTopic('Stock Market')).toEqual(expect.arrayContaining(['stocks', 'shares', 'market value', 'nasdaq', 'trillion']));
  });

  it('covers general AI-news topics', () => {
    const cases: [string, string][] = [
      ['export controls', 'sanctions'], ['regulation', 'legislation'], ['funding', 'raised'],
      ['valuation', 'valued'], ['downloads', 'users'], ['benchmarks', 'leaderboard'], ['open source', 'open weights'],
      ['distillation', 'distilled'], ['privacy', 'personal data'], ['jobs', 'layoffs'], ['energy', 'electricity'],
      ['data centers', 'infrastructure'], ['lawsuit', 'sued'], ['models', 'llm'], ['training', 'fine-tuning'],
    ];
    for (const [topic, word] of cases) expect(expandTopic(topic), topic).toContain(word);
  });

  it('lets a known phrase stand for itself rather than for each of its words', () => {
    expect(expandTopic('data centers')).not.toContain('privacy');
  });

  it('returns lower-case words without duplicates, and only the typed words for an unknown topic', () => {
    for (const topic of ['Chips', 'cost', 'training cost', 'AI Race']) {
      const words = expandTopic(topic);
      expect(new Set(words).size, topic).toBe(words.length);
      for (const w of words) expect(w, topic).toBe(w.toLowerCase());
    }
    expect(expandTopic('  Zebra   crossings ')).toEqual(['zebra crossings', 'zebra', 'crossings']);
    expect(expandTopic('')).toEqual([]);
  });
});

describe('topicSuggestions', () => {
  it('offers topic names starting with or containing what was typed', () => {
    expect(topicSuggestions('ch')).toEqual(expect.arrayContaining(['chips', 'china']));
    expect(topicSuggestions('data')).toEqual(['data privacy', 'data centers']);
    expect(topicSuggestions('control')).toContain('export controls');
    expect(topicSuggestions('GPU')).toEqual(['chips']);
  });

  it('offers at most 25 names', () => {
    expect(topicSuggestions('').length).toBe(25);
    expect(topicSuggestions('zzz')).toEqual([]);
  });
});
