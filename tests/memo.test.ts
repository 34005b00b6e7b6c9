/** The bounded memo behind folding and the meaning of class names. */
import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '@/lib/memo';

describe('BoundedMemo', () => {
  it('works each key out once, null answers included', () => {
    const asked: string[] = [];
    const memo = new BoundedMemo((key: string) => (asked.push(key), key.startsWith('nav') ? 'furniture' : null), 10);
    expect(['nav-bar', 'story', 'nav-bar', 'story'].map((key) => memo.get(key))).toEqual(['furniture', null, 'furniture', null]);
    expect(asked).toEqual(['nav-bar', 'story']);
  });

  it('starts afresh once it holds its limit of keys', () => {
    const asked: number[] = [];
    const memo = new BoundedMemo((key: number) => (asked.push(key), key * 2), 2);
    expect([1, 2, 3, 1].map((key) => memo.get(key))).toEqual([2, 4, 6, 2]);
    // 3 came when 1 and 2 were kept: they were let go, so 1 is worked out again.
    expect(asked).toEqual([1, 2, 3, 1]);
  });
});
