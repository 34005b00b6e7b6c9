/**
 * Who may ask the background for what: note text only for the extension's own pages, and for a content script
 * only the notes of the address the browser says its page has (a canonical link counts only on the same site).
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sourceOfRequest } from '@/entrypoints/background/citations';
import { isExtensionPage, senderAddress } from '@/entrypoints/background/notes';

const extensionPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/notes.html') };
const contentScript = (url: string) => ({ id: fakeBrowser.runtime.id, url, tab: { id: 7 } as never });

describe('the background’s sender checks', () => {
  it('knows the extension’s own pages from content scripts and other extensions', () => {
    expect(isExtensionPage(extensionPage)).toBe(true);
    expect(isExtensionPage(contentScript('https://www.alofoq-news.example/2026/putin-xi'))).toBe(false);
    // Another extension's page, or a page whose address merely contains ours.
    expect(isExtensionPage({ id: 'another-extension', url: 'chrome-extension://another-extension/notes.html' })).toBe(false);
    expect(isExtensionPage({ id: fakeBrowser.runtime.id, url: `https://evil.example/?${fakeBrowser.runtime.getURL('/')}` })).toBe(false);
  });

  it('files a content script’s notes under its own address, without tracking parameters or fragment', () => {
    const sender = contentScript('https://www.alofoq-news.example/2026/putin-xi?utm_source=twitter&page=2#comments');
    expect(senderAddress(sender, { url: null, canonical: null })).toBe('https://www.alofoq-news.example/2026/putin-xi?page=2');
  });

  it('takes a canonical link on the same site, and ignores one that points at another site', () => {
    const sender = contentScript('https://alofoq-news.example/amp/putin-xi');
    expect(senderAddress(sender, { url: null, canonical: 'https://www.alofoq-news.example/2026/putin-xi' })).toBe('https://www.alofoq-news.example/2026/putin-xi');
    // A page cannot claim to be another site's article to read the notes taken there.
    expect(senderAddress(sender, { url: null, canonical: 'https://harbour-times.example/bridge' })).toBe('https://alofoq-news.example/amp/putin-xi');
    expect(senderAddress(sender, { url: null, canonical: 42 as never })).toBe('https://alofoq-news.example/amp/putin-xi');
  });

  it('gives no page address to an extension page or a sender without one', () => {
    expect(senderAddress(extensionPage, { url: null, canonical: null })).toBeNull();
    expect(senderAddress({ id: fakeBrowser.runtime.id }, { url: null, canonical: null })).toBeNull();
  });

  it('follows a single-page site to its new path, but never to another origin', () => {
    const sender = contentScript('https://alofoq-news.example/2026/putin-xi');
    expect(senderAddress(sender, { url: 'https://alofoq-news.example/2026/bridge-opens', canonical: null })).toBe('https://alofoq-news.example/2026/bridge-opens');
    expect(senderAddress(sender, { url: 'https://harbour-times.example/bridge', canonical: null })).toBe('https://alofoq-news.example/2026/putin-xi');
    expect(senderAddress(sender, { url: 'http://alofoq-news.example/2026/bridge-opens', canonical: null })).toBe('https://alofoq-news.example/2026/putin-xi');
  });
});

describe('the background’s citations of a content script’s passage', () => {
  const facts = { outlet: 'Al-Ofoq', lang: 'ar', dir: 'rtl' as const };

  it('cite the address the browser says the page has, not one the page claims', () => {
    const sender = contentScript('https://alofoq-news.example/2026/putin-xi?utm_source=x');
    const request = { hint: { url: null, canonical: 'https://harbour-times.example/bridge' }, quote: 'العلاقات في أفضل مستوياتها', facts };
    expect(sourceOfRequest(request, senderAddress(sender, request.hint))).toEqual({
      quote: 'العلاقات في أفضل مستوياتها',
      facts,
      url: 'https://alofoq-news.example/2026/putin-xi',
    });
  });

  it('refuse what is not a passage to cite: no address, an empty or over-long quotation, facts of the wrong shape', () => {
    const hint = { url: null, canonical: null };
    expect(sourceOfRequest({ hint, quote: 'Quoted', facts }, null)).toBeNull();
    expect(sourceOfRequest({ hint, quote: '   ', facts }, 'https://a.example/x')).toBeNull();
    expect(sourceOfRequest({ hint, quote: 'x'.repeat(5001), facts }, 'https://a.example/x')).toBeNull();
    expect(sourceOfRequest({ hint, quote: 'Quoted', facts: { dir: 'sideways' } }, 'https://a.example/x')).toBeNull();
    expect(sourceOfRequest('Quoted', 'https://a.example/x')).toBeNull();
  });
});
