/**
 * Chrome's built-in, on-device Summarizer API (https://developer.chrome.com/docs/ai/summarizer-api), offered in the
 * popup beside Glossa's own extractive summary when the browser says a model is already available for the
 * article's language. Only "available" counts: "downloadable" would make the browser fetch a model, and Glossa
 * asks for nothing from the network. The API object is passed in, so that tests give a fake.
 */

/** The part of the Summarizer API Glossa uses. */
export interface SummarizerApi {
  availability(options: SummarizerOptions): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options: SummarizerOptions): Promise<{ summarize(text: string): Promise<string>; destroy?(): void }>;
}

interface SummarizerOptions {
  type: 'key-points';
  format: 'plain-text';
  length: 'short' | 'medium' | 'long';
  expectedInputLanguages: string[];
  outputLanguage: string;
}

/** The browser's Summarizer, when it has one. */
export function browserSummarizer(): SummarizerApi | null {
  const api = (globalThis as { Summarizer?: SummarizerApi }).Summarizer;
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? api : null;
}

function optionsFor(lang: string): SummarizerOptions {
  return { type: 'key-points', format: 'plain-text', length: 'medium', expectedInputLanguages: [lang], outputLanguage: lang };
}

/** Whether the on-device summarizer can summarise text in `lang` right now, without downloading anything. */
export async function canSummarizeOnDevice(api: SummarizerApi | null, lang: string): Promise<boolean> {
  if (!api) return false;
  try {
    return (await api.availability(optionsFor(lang))) === 'available';
  } catch {
    // A language the model does not take makes availability() throw in some versions.
    return false;
  }
}

/** The key points of `text` as a list of sentences (the model writes them as "- " or "* " lines). */
export async function summarizeOnDevice(api: SummarizerApi, text: string, lang: string): Promise<string[]> {
  const summarizer = await api.create(optionsFor(lang));
  try {
    const output = await summarizer.summarize(text);
    return output
      .split('\n')
      .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
      .filter(Boolean);
  } finally {
    summarizer.destroy?.();
  }
}
