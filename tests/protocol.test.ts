/** The protocol's checks on what a message carries: nothing from a sender is trusted as typed. */
import { describe, expect, it } from 'vitest';
import { isIndex, isSpeakerStepRequest, isTextAnalysisRequest, siteOf } from '@/utils/protocol';

describe('message payload checks', () => {
  it('accepts only whole indexes within the list', () => {
    expect([0, 2].map((i) => isIndex(i, 3))).toEqual([true, true]);
    expect([3, -1, 1.5, '1', null, NaN, undefined].map((i) => isIndex(i, 3))).toEqual([false, false, false, false, false, false, false]);
  });

  it('accepts a speaker step only with a valid speaker and a direction of 1 or -1', () => {
    expect(isSpeakerStepRequest({ speaker: 1, direction: -1 }, 2)).toBe(true);
    expect(isSpeakerStepRequest({ speaker: 2, direction: 1 }, 2)).toBe(false);
    expect(isSpeakerStepRequest({ speaker: 0, direction: 2 }, 2)).toBe(false);
    expect(isSpeakerStepRequest('{"speaker":0}', 2)).toBe(false);
    expect(isSpeakerStepRequest(null, 2)).toBe(false);
  });

  it('accepts a text analysis request only with paragraphs and code spans in order inside the text', () => {
    const request = { lang: 'ar', text: 'أول فقرة\n\nثانية', paragraphs: [{ start: 0, end: 8 }, { start: 10, end: 15 }], codeSpans: [{ start: 10, end: 15 }], inferOutline: true };
    expect(isTextAnalysisRequest(request)).toBe(true);
    expect(isTextAnalysisRequest({ ...request, paragraphs: [] })).toBe(true);
    expect(isTextAnalysisRequest({ ...request, paragraphs: [{ start: 10, end: 15 }, { start: 0, end: 8 }] })).toBe(false);
    expect(isTextAnalysisRequest({ ...request, paragraphs: [{ start: 10, end: 16 }] })).toBe(false);
    expect(isTextAnalysisRequest({ ...request, paragraphs: [{ start: 3, end: 2 }] })).toBe(false);
    expect(isTextAnalysisRequest({ ...request, paragraphs: [{ start: 0.5, end: 2 }] })).toBe(false);
    expect(isTextAnalysisRequest({ ...request, paragraphs: [null] })).toBe(false);
    expect(isTextAnalysisRequest({ ...request, codeSpans: [{ start: 10, end: 16 }] })).toBe(false);
    expect(isTextAnalysisRequest({ ...request, codeSpans: undefined })).toBe(false);
    expect(isTextAnalysisRequest({ ...request, inferOutline: 'yes' })).toBe(false);
    expect(isTextAnalysisRequest({ ...request, text: 42 })).toBe(false);
    expect(isTextAnalysisRequest(null)).toBe(false);
  });

  it('keys the pause switch by host name without www', () => {
    expect(siteOf('https://www.bbc.co.uk/news/world-123?x=1#y')).toBe('bbc.co.uk');
    expect(siteOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(siteOf('not a url')).toBe('');
  });
});
