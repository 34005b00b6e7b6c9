import { describe, expect, it } from 'vitest';
import { ENDS_LIKE_SENTENCE, ENDS_WITH_STOP, lastSentenceBreak, STOP_TOKEN } from '../../lib/text/sentence-ends';

describe('sentence ends', () => {
  it('tells a token of stops in Latin, Arabic and Chinese text', () => {
    for (const token of ['.', '?!', '؟', '。', '！']) expect(STOP_TOKEN.test(token)).toBe(true);
    for (const token of [',', ':', '…', 'Mr.']) expect(STOP_TOKEN.test(token)).toBe(false);
  });

  it('tells text that ends with a stop or an ellipsis from text that goes on', () => {
    expect(ENDS_WITH_STOP.test('Wir schaffen das allemal.')).toBe(true);
    expect(ENDS_WITH_STOP.test('هل سيعود الوزير؟')).toBe(true);
    expect(ENDS_WITH_STOP.test('我们会继续努力…')).toBe(true);
    expect(ENDS_WITH_STOP.test('the bridge will open,')).toBe(false);
  });

  it('takes a line closed by a quotation mark, a bracket or a colon for a sentence, and a label for none', () => {
    for (const line of ['She said: «Nous verrons.»', 'He told reporters:', 'The port reopened (on Monday).']) expect(ENDS_LIKE_SENTENCE.test(line)).toBe(true);
    for (const line of ['Read more', 'Updated 7:05 AM', 'Ana Ferreira, Lisbon']) expect(ENDS_LIKE_SENTENCE.test(line)).toBe(false);
  });

  it('finds the last sentence break at or before an offset, with its length', () => {
    const text = 'The mayor spoke. She was brief! Then she left';
    expect(lastSentenceBreak(text)).toEqual({ at: 30, length: 2 });
    expect(lastSentenceBreak(text, 29)).toEqual({ at: 15, length: 2 });
    expect(lastSentenceBreak('市长讲话。她很简短')).toEqual({ at: 4, length: 1 });
    expect(lastSentenceBreak('تحدث العمدة؟ ثم غادر')).toEqual({ at: 11, length: 2 });
    expect(lastSentenceBreak('No break here')).toBeNull();
  });
});
