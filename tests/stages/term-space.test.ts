import { describe, expect, it } from 'vitest';
import { SegmentedText } from '../../lib/text/tokens';
import { contentTerms } from '../../lib/text/terms';
import { cosineWith, TermSpace, termSpace, TermVector } from '../../lib/text/term-space';
import { arabic } from '../../lib/languages/ar';
import { english } from '../../lib/languages/en';
import type { LanguageTable } from '../../lib/languages';

const ENGLISH = 'The mayor defended the budget. Critics said the budget cuts the mayor’s own office by 2024 dollars.';
const ARABIC = 'وقال الرئيس في المؤتمر إن الحكومة ستدعم المدارس. وأضاف الرئيس أن المدارس تحتاج إلى معلمين.';

/** The terms of a vector by name, with their weights, in the vector's order. */
function named(space: TermSpace, vector: TermVector, text: string, table: LanguageTable): Array<[string, number]> {
  const termOfId = new Map(contentTerms(text, table).map((t) => [space.idOf(t), t]));
  return vector.ids.map((id, i) => [termOfId.get(id)!, vector.weights[i]]);
}

describe('TermSpace', () => {
  it('gives content terms ids in order of first occurrence', () => {
    const space = new TermSpace(new SegmentedText(ENGLISH, 'en'), english);
    const ids = space.contentTermIdsBetween(0, ENGLISH.length);
    expect(ids).toEqual(contentTerms(ENGLISH, english).map((t) => space.idOf(t)));
    expect(ids.slice(0, 5)).toEqual([0, 1, 2, 3, 2]); // mayor defended budget critics budget
    expect(space.size).toBe(new Set(ids).size);
  });

  it('takes the terms of a part from the whole text, and segments a part cut inside a word on its own', () => {
    const space = new TermSpace(new SegmentedText(ARABIC, 'ar'), arabic);
    const second = ARABIC.indexOf('وأضاف');
    expect(space.contentTermIdsBetween(second, ARABIC.length)).toEqual(contentTerms(ARABIC.slice(second), arabic).map((t) => space.idOf(t)));
    // From inside "الحكومة": the part's own words, "كومة" a term never seen before.
    const inside = ARABIC.indexOf('الحكومة') + 3;
    const before = space.size;
    const ids = space.contentTermIdsBetween(inside, ARABIC.indexOf('.'));
    expect(ids[0]).toBe(before);
    expect(ids.slice(1)).toEqual(contentTerms('ستدعم المدارس', arabic).map((t) => space.idOf(t)));
  });

  it('counts a label term for numbers and single letters too, never a function word', () => {
    const segmented = new SegmentedText(ENGLISH, 'en');
    const space = new TermSpace(segmented, english);
    const labelIds = space.labelTermIds(segmented.tokens);
    const labelled = segmented.tokens.filter((_, i) => labelIds[i] >= 0).map((t) => t.text);
    expect(labelled).toContain('2024');
    expect(labelled).not.toContain('the');
    expect(labelled).not.toContain('.');
    expect(labelIds[segmented.tokens.findIndex((t) => t.text === 'budget')]).toBe(space.idOf('budget'));
  });

  it('counts terms into vectors in order of first occurrence, plainly or by weight', () => {
    const space = termSpace(new SegmentedText(ARABIC, 'ar'), arabic);
    const ids = space.contentTermIdsBetween(0, ARABIC.length);
    const counts = space.vector([ids]);
    expect(named(space, counts, ARABIC, arabic).slice(0, 3)).toEqual([['قال', 1], ['رئيس', 2], ['مؤتمر', 1]]);
    const half = new Float64Array(space.size).fill(0.5);
    expect(space.vector([ids, ids], half).weights).toEqual(counts.weights);
  });

  it('measures cosine similarity, and leaves its scratch space clean between calls', () => {
    const space = termSpace(new SegmentedText(ENGLISH, 'en'), english);
    const [mayor, defended, budget] = [space.idOf('mayor'), space.idOf('defended'), space.idOf('budget')];
    const a = space.vector([[mayor, budget]]);
    expect(space.cosine(a, space.vector([[mayor]]))).toBeCloseTo(1 / Math.SQRT2, 12);
    expect(space.cosine(a, space.vector([[defended]]))).toBe(0);
    expect(space.cosine(a, space.vector([[budget, mayor, mayor]]))).toBeCloseTo(3 / Math.sqrt(2 * 5), 12);
    expect(space.cosine(a, new TermVector([], []))).toBe(0);
    const b = space.vector([[budget, budget]]);
    expect(cosineWith(a, b.byId(space.size), b.squaredNorm)).toBe(space.cosine(a, b));
  });

  it('weighs terms by inverse document frequency, 0 for a term in no document', () => {
    const space = termSpace(new SegmentedText(ENGLISH, 'en'), english);
    const [mayor, budget, critics] = [space.idOf('mayor'), space.idOf('budget'), space.idOf('critics')];
    const idf = space.inverseDocumentFrequency([[mayor, budget, budget], [budget], [mayor]]);
    expect(idf[budget]).toBeCloseTo(Math.log(1 + 3 / 2), 12);
    expect(idf[mayor]).toBeCloseTo(Math.log(1 + 3 / 2), 12);
    expect(idf[critics]).toBe(0);
  });
});
