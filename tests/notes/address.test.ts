import { describe, expect, it } from 'vitest';
import { canonicalHref, pageAddress } from '../../lib/notes/address';
import { parseHtml } from '../helpers';

const headWith = (links: string) => parseHtml(`<html><head><title>Story</title>${links}</head><body><p>Text</p></body></html>`);

describe('canonicalHref', () => {
  it('gives the href of the canonical link', () => {
    expect(canonicalHref(headWith('<link rel="canonical" href="https://news.example.com/story">'))).toBe('https://news.example.com/story');
  });

  it('reads rel as a list of tokens, in any case', () => {
    expect(canonicalHref(headWith('<link rel="alternate  CANONICAL" href="/story">'))).toBe('/story');
    expect(canonicalHref(headWith('<link rel="Canonical" href="/story">'))).toBe('/story');
  });

  it('takes the first canonical link and skips other links', () => {
    const doc = headWith(`
      <link rel="stylesheet" href="/site.css">
      <link rel="canonical-ish" href="/not-this">
      <link rel="canonical" href="/first">
      <link rel="canonical" href="/second">`);
    expect(canonicalHref(doc)).toBe('/first');
  });

  it('gives null without a canonical link', () => {
    expect(canonicalHref(headWith('<link rel="alternate" hreflang="fr" href="/fr/story">'))).toBeNull();
  });
});

describe('pageAddress', () => {
  const page = 'https://news.example.com/2024/05/transit-plan';

  it('files notes of non-web pages under nothing', () => {
    expect(pageAddress('file:///home/ann/story.html', null)).toBeNull();
    expect(pageAddress('about:blank', null)).toBeNull();
    expect(pageAddress('chrome-extension://abc/popup.html', null)).toBeNull();
    expect(pageAddress('not a url', null)).toBeNull();
  });

  it('keeps a plain address as it is', () => {
    expect(pageAddress(page, null)).toBe(page);
    expect(pageAddress('http://news.example.com/story?id=42', null)).toBe('http://news.example.com/story?id=42');
  });

  it('drops the fragment', () => {
    expect(pageAddress(`${page}#comments`, null)).toBe(page);
    expect(pageAddress(`${page}#`, null)).toBe(page);
  });

  it('drops tracking parameters and keeps the others in order', () => {
    expect(pageAddress(`${page}?utm_source=newsletter&page=2&fbclid=IwAR0x&UTM_Campaign=may&lang=en&gclid=Cj0&_ga=2.1`, null))
      .toBe(`${page}?page=2&lang=en`);
    expect(pageAddress(`${page}?mc_cid=1&mc_eid=2&igshid=3&msclkid=4&oly_enc_id=5&mkt_tok=6&_hsenc=7&vero_id=8`, null)).toBe(page);
  });

  it('leaves no "?" when every parameter is dropped', () => {
    expect(pageAddress(`${page}?utm_medium=social`, null)).toBe(page);
    expect(pageAddress(`${page}?`, null)).toBe(page);
  });

  it('lower-cases the host and drops the default port', () => {
    expect(pageAddress('https://News.Example.COM:443/Story', null)).toBe('https://news.example.com/Story');
    expect(pageAddress('http://news.example.com:80/story', null)).toBe('http://news.example.com/story');
    expect(pageAddress('http://news.example.com:8080/story', null)).toBe('http://news.example.com:8080/story');
  });

  it('drops user names and passwords', () => {
    expect(pageAddress('https://ann:secret@news.example.com/story', null)).toBe('https://news.example.com/story');
  });

  it('follows a canonical link on the same site, resolved against the page', () => {
    expect(pageAddress(`${page}?utm_source=x`, 'https://news.example.com/transit-plan')).toBe('https://news.example.com/transit-plan');
    expect(pageAddress('https://news.example.com/amp/transit-plan', '/transit-plan?ref_id=9#top')).toBe('https://news.example.com/transit-plan?ref_id=9');
    expect(pageAddress(page, 'https://news.example.com/story?utm_campaign=feed&id=7')).toBe('https://news.example.com/story?id=7');
  });

  it('treats a leading "www." as the same site', () => {
    expect(pageAddress('https://www.example.com/story?fbclid=1', 'https://example.com/story')).toBe('https://example.com/story');
    expect(pageAddress('https://example.com/story', 'https://WWW.example.com/story')).toBe('https://www.example.com/story');
  });

  it('ignores a canonical link to another site', () => {
    expect(pageAddress(page, 'https://other-news.example.org/transit-plan')).toBe(page);
    expect(pageAddress(page, 'https://example.com/transit-plan')).toBe(page);
    expect(pageAddress(page, 'https://news.example.com.evil.test/transit-plan')).toBe(page);
  });

  it('ignores a canonical link to the same host under another scheme', () => {
    expect(pageAddress('http://news.example.com/amp/story', 'https://news.example.com/story')).toBe('http://news.example.com/amp/story');
    expect(pageAddress('https://news.example.com/amp/story', 'http://news.example.com/story')).toBe('https://news.example.com/amp/story');
    expect(pageAddress('http://127.0.0.1:8080/b', 'https://127.0.0.1:8080/a')).toBe('http://127.0.0.1:8080/b');
  });

  it('ignores a canonical link that is not a web address', () => {
    expect(pageAddress(page, 'javascript:alert(1)')).toBe(page);
    expect(pageAddress(page, 'data:text/html,hello')).toBe(page);
    expect(pageAddress(page, 'http://[bad')).toBe(page);
  });
});
