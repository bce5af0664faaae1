import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';

const entitiesOf = (paragraphs: string[]) => extractArticle(paragraphs).entities;

describe('entities', () => {
  it('splits a title off a name and keeps the surname and titled forms as aliases', () => {
    const entities = entitiesOf(['Rivet Motors CEO Dana Okafor unveiled the car.', 'Okafor said it would ship in May.']);
    const dana = entities.find((e) => e.name === 'Dana Okafor');
    expect(dana).toMatchObject({ kind: 'person', titles: ['Rivet Motors CEO'] });
    expect(dana?.aliases).toEqual(expect.arrayContaining(['Okafor', 'Rivet Motors CEO Dana Okafor']));
    expect(entities.find((e) => e.name === 'Rivet Motors')?.kind).toBe('organisation');
  });

  it('keeps an appositive title and folds a misspelled surname into the person', () => {
    const entities = entitiesOf(['Ilse Marquardt, the co-founder and CEO of Tallis, spoke first.', 'Later, Marquart wrote that costs had halved.']);
    const ilse = entities.find((e) => e.name === 'Ilse Marquardt');
    expect(ilse?.titles).toContain('the co-founder and CEO of Tallis');
    expect(ilse?.aliases).toContain('Marquart');
    expect(entities.some((e) => e.name === 'Marquart')).toBe(false);
  });

  it('recognises organisations by their cues', () => {
    const entities = entitiesOf(['Chinese AI startup Qilin and Brightwave Technologies said they would merge.', "Qilin's cloud division will lead."]);
    expect(entities.find((e) => e.name === 'Qilin')?.kind).toBe('organisation');
    expect(entities.find((e) => e.name === 'Brightwave Technologies')?.kind).toBe('organisation');
  });

  it('does not invent names from words that open a sentence', () => {
    const entities = entitiesOf([
      'Competitor Qilin, meanwhile, says its model is better.',
      'Venture capitalist Mara Stein backed it. Watchdog warns that the watchdog is watching.',
    ]);
    const names = entities.map((e) => e.name);
    expect(names).toContain('Mara Stein');
    expect(names).not.toContain('Competitor Qilin');
    expect(names).not.toContain('Venture');
    expect(names).not.toContain('Watchdog');
  });
});
