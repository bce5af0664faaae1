import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from '../../src/ingest/dates.ts';
import { metaFromText } from '../../src/ingest/metadata.ts';
import { parseByline } from '../../src/ingest/byline.ts';

const BODY = 'Chinese startup DeepSeek said it trained its model for under $6 million, a fraction of what American rivals spend.';

describe('dates', () => {
  it.each([
    ['January 22, 2025', '2025-01-22'],
    ['Jan. 22, 2025', '2025-01-22'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['22 January 2025', '2025-01-22'],
    ['2nd February 2025', '2025-02-02'],
    ['2025-01-22', '2025-01-22'],
    ['2025-01-22T09:30:00+09:00', '2025-01-22'],
    ['2025/1/5', '2025-01-05'],
    ['Published Wed, Jan 29, 2025 10:04 AM', '2025-01-29'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(['February 30, 2025', '2025-13-01', 'on Jan. 28', 'in 2025', 'May I help'])('finds no date in %j', (text) => {
    expect(findDate(text)).toBeNull();
  });
});

describe('bylines', () => {
  it('names the authors and leaves out roles and agencies', () => {
    expect(parseByline('By Sun Dam-eun, staff reporter; Jeong Nam-ku, staff reporter')).toEqual(['Sun Dam-eun', 'Jeong Nam-ku']);
    expect(parseByline('By Ursula von der Leyen')).toEqual(['Ursula von der Leyen']);
    expect(parseByline('by Jane Smith | Reuters')).toEqual(['Jane Smith']);
  });

  it('is not fooled by sentences that start with "By"', () => {
    expect(parseByline('By Tuesday, the company had lost $600 billion.')).toBeNull();
    expect(parseByline('By 2030, AI spending will triple.')).toBeNull();
    expect(parseByline('By The Associated Press')).toBeNull();
  });
});

describe('metadata from plain text', () => {
  it('takes a short first line without a final period as the title, after boilerplate', () => {
    expect(metaFromText(['Skip to main content', 'DeepSeek Rattles Wall Street', BODY]).title).toBe('DeepSeek Rattles Wall Street');
    expect(metaFromText(['Is DeepSeek a threat to Nvidia?', BODY]).title).toBe('Is DeepSeek a threat to Nvidia?');
    expect(metaFromText(['Skip to content', 'TechPulse', 'Markets', 'Founder and researcher trade barbs over benchmarks', BODY]).title).toBe('Founder and researcher trade barbs over benchmarks');
  });

  it('takes no title from a first line that is a sentence', () => {
    expect(metaFromText([BODY, 'Short line']).title).toBeNull();
    expect(metaFromText(['Competitor Alibaba, meanwhile, says it has a smarter model.', BODY]).title).toBeNull();
  });

  it('reads a date line, a Published line or a dateline near the top, not a date inside a sentence', () => {
    expect(metaFromText(['Headline Words Here', 'January 22, 2025', BODY]).date).toBe('2025-01-22');
    expect(metaFromText([BODY, BODY, 'Updated Jan. 23, 2025', 'Published Jan. 22, 2025']).date).toBe('2025-01-22');
    expect(metaFromText([`SEOUL, Jan. 22, 2025 (Yonhap) — ${BODY}`]).date).toBe('2025-01-22');
    expect(metaFromText([`Leaders attended the inauguration on January 20, 2025 in Washington. ${BODY}`]).date).toBeNull();
    expect(metaFromText(['By Jane Smith | January 22, 2025', BODY]).date).toBe('2025-01-22');
  });

  it('reads the outlet from a copyright line, an affiliate notice or a wire dateline', () => {
    expect(metaFromText([BODY, 'Copyright © 2025 The Example Times. All rights reserved.']).outlet).toBe('The Example Times');
    expect(metaFromText([BODY, '© 2024-2025 Example Media LLC']).outlet).toBe('Example Media');
    expect(metaFromText(['Readers help support Example Site. We may get a commission.', BODY]).outlet).toBe('Example Site');
    expect(metaFromText([`WASHINGTON (Reuters) — ${BODY}`]).outlet).toBe('Reuters');
    expect(metaFromText(['By Jane Smith and Ravi Patel', 'Share this article', `LONDON, March 4 (Reuters) - ${BODY}`]).outlet).toBe('Reuters');
    expect(metaFromText([BODY, 'Please direct questions to news@example.com']).outlet).toBeNull();
  });

  it('reads the author from a byline anywhere', () => {
    expect(metaFromText([BODY, BODY, 'By Jane Smith and Ravi Patel']).author).toBe('Jane Smith, Ravi Patel');
    expect(metaFromText([BODY]).author).toBeNull();
  });
});
