import { describe, expect, it } from 'vitest';
import { wordDiff, type DiffPart } from '../../lib/notes/word-diff';

/** The diff written compactly: [-taken out-] and {+put in+}. */
function compact(parts: DiffPart[]): string {
  return parts.map(({ kind, text }) => (kind === 'same' ? text : kind === 'removed' ? `[-${text}-]` : `{+${text}+}`)).join('');
}

describe('wordDiff', () => {
  it('shows a word changed in an English quotation', () => {
    expect(compact(wordDiff('the cost could rise by as much as 40 percent', 'the cost could climb by as much as 45 percent'))).toBe(
      'the cost could [-rise -]{+climb +}by as much as [-40 -]{+45 +}percent',
    );
  });

  it('shows words added and taken out', () => {
    expect(compact(wordDiff('Safety comes first, but so does every family', 'Safety comes first, but so, clearly, does each family on the bank'))).toBe(
      'Safety comes first, but so{+, clearly, +}does [-every -]{+each +}family {+on the bank+}',
    );
  });

  it('compares Arabic words, not letters', () => {
    expect(compact(wordDiff('التكلفة قد ترتفع بنسبة أربعين في المئة', 'التكلفة قد تزيد بنسبة أربعين في المئة', 'ar'))).toBe(
      'التكلفة قد [-ترتفع -]{+تزيد +}بنسبة أربعين في المئة',
    );
  });

  it('finds the words of Chinese, written without spaces', () => {
    const parts = wordDiff('市政府周二批准了交通计划', '市政府周三批准了交通计划', 'zh');
    expect(parts.filter((p) => p.kind !== 'same').map((p) => p.text)).toEqual(['周二', '周三']);
    expect(parts.filter((p) => p.kind === 'same').map((p) => p.text).join('')).toBe('市政府批准了交通计划');
  });

  it('does not count a change of white space', () => {
    expect(wordDiff('the east\n   bank', 'the east bank')).toEqual([{ kind: 'same', text: 'the east bank' }]);
  });

  it('gives the passage now in full, and the passage then word for word', () => {
    const before = 'The council will pay for weekly checks of the structure until the last car crosses it.';
    const after = 'The council will pay for weekly safety checks of the structure until the last car has crossed it.';
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('').replace(/\s+/g, ' ')).toBe(before);
  });
});
