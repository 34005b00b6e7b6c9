/** The overlay's host on the page: a closed shadow root, one host at a time, gone with the extension. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from '#imports';
import { createOverlayHost } from '@/entrypoints/content/overlay-host';

/** A content script context whose invalidation the test triggers, with WXT's interval semantics. */
function fakeContext() {
  const onInvalid: (() => void)[] = [];
  let valid = true;
  const ctx = {
    onInvalidated: (callback: () => void) => void onInvalid.push(callback),
    setInterval: (handler: () => void, timeout: number) => window.setInterval(() => valid && handler(), timeout),
  } as unknown as ContentScriptContext;
  const invalidate = () => {
    valid = false;
    onInvalid.forEach((callback) => callback());
  };
  return { ctx, invalidate };
}

afterEach(() => document.body.replaceChildren());

describe('the overlay host', () => {
  it('keeps its views in a closed shadow root the page cannot reach', () => {
    const host = createOverlayHost(fakeContext().ctx, 'glossa-overlay', '.panel{color:red}');
    host.mount();
    const element = document.querySelector('glossa-overlay')!;
    expect(element).toBe(host.shadowHost);
    expect(element.shadowRoot).toBeNull();
    expect(host.shadow.querySelector('style')?.textContent).toContain('.panel{color:red}');
    expect(host.uiContainer.parentNode?.parentNode).toBe(host.shadow);
  });

  it('takes the place of an overlay an earlier copy of the script left, and of no other element', () => {
    const leftover = document.createElement('glossa-overlay');
    const pageElement = document.createElement('aside');
    document.body.append(leftover, pageElement);
    const host = createOverlayHost(fakeContext().ctx, 'glossa-overlay', '');
    host.mount();
    expect([...document.querySelectorAll('glossa-overlay')]).toEqual([host.shadowHost]);
    expect(pageElement.isConnected).toBe(true);
  });

  it("has WXT's context asked about the extension on a timer, and leaves the page, emptied, once it is gone", () => {
    const { ctx, invalidate } = fakeContext();
    const setInterval = vi.spyOn(ctx, 'setInterval');
    const host = createOverlayHost(ctx, 'glossa-overlay', '');
    host.mount();
    host.uiContainer.append(document.createElement('div'));
    expect(setInterval).toHaveBeenCalledOnce();
    invalidate();
    expect(document.querySelector('glossa-overlay')).toBeNull();
    expect(host.uiContainer.childNodes).toHaveLength(0);
  });
});
