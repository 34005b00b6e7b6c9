/** The browser's on-device summarizer, tried against a fake of Chrome's Summarizer API. */
import { describe, expect, it, vi } from 'vitest';
import { canSummarizeOnDevice, summarizeOnDevice, type SummarizerApi } from '@/utils/on-device-summary';

/** A Summarizer that has a model for English and Spanish only, and writes its key points as "* " lines. */
function fakeSummarizer(output = '* The bridge stays open.\n* Repairs cost $12 million.\n\n* Work starts in May.') {
  const destroy = vi.fn();
  const summarize = vi.fn(async (_text: string) => output);
  const api: SummarizerApi = {
    availability: vi.fn(async ({ expectedInputLanguages }) => (['en', 'es'].includes(expectedInputLanguages[0]) ? 'available' : 'downloadable')),
    create: vi.fn(async () => ({ summarize, destroy })),
  };
  return { api, summarize, destroy };
}

describe('on-device summary', () => {
  it('is offered only for a language whose model is already on the machine', async () => {
    const { api } = fakeSummarizer();
    expect(await canSummarizeOnDevice(api, 'en')).toBe(true);
    // "downloadable" would make the browser fetch a model: not offered.
    expect(await canSummarizeOnDevice(api, 'ar')).toBe(false);
    expect(await canSummarizeOnDevice(null, 'en')).toBe(false);
  });

  it('is not offered when the browser refuses the language outright', async () => {
    const api: SummarizerApi = { availability: async () => Promise.reject(new Error('NotSupportedError')), create: vi.fn() };
    expect(await canSummarizeOnDevice(api, 'fr')).toBe(false);
  });

  it('turns the key points into sentences, in the article’s language, and frees the model', async () => {
    const { api, summarize, destroy } = fakeSummarizer();
    const text = 'The council voted on Tuesday to keep the harbour bridge open until its replacement is ready.';
    expect(await summarizeOnDevice(api, text, 'en')).toEqual(['The bridge stays open.', 'Repairs cost $12 million.', 'Work starts in May.']);
    expect(api.create).toHaveBeenCalledWith(expect.objectContaining({ expectedInputLanguages: ['en'], outputLanguage: 'en', type: 'key-points' }));
    expect(summarize).toHaveBeenCalledWith(text);
    expect(destroy).toHaveBeenCalled();
  });

  it('frees the model when summarising fails, and lets the caller fall back', async () => {
    const { api, summarize, destroy } = fakeSummarizer();
    summarize.mockRejectedValueOnce(new Error('The model is busy'));
    await expect(summarizeOnDevice(api, 'Texto del artículo.', 'es')).rejects.toThrow('The model is busy');
    expect(destroy).toHaveBeenCalled();
  });
});
