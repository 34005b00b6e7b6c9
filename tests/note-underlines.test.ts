/**
 * The underlines of noted passages (entrypoints/overlay/note-underlines.ts), in happy-dom with a laid-out page of
 * our own: happy-dom lays nothing out, so each paragraph stands where `place` says, and a passage's text is one line
 * of 8 px per character from its offset in the paragraph. The underlines are read where they are drawn: the SVG
 * image in a shadow root, its groups and rectangles.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoteUnderlines } from '@/entrypoints/overlay/note-underlines';

const CHAR_PX = 8;
const LINE_PX = 20;

/** Where each paragraph stands in the page, and how far the window is scrolled. */
const place = new Map<Element, { x: number; y: number }>();
let scroll = { x: 0, y: 0 };
/** What elementFromPoint answers: the element at a point, by default the paragraph there. */
let topElementAt: (x: number, y: number) => Element | null;

function clientRect(x: number, y: number, width: number, height: number): DOMRect {
  return { x, y, left: x, top: y, width, height, right: x + width, bottom: y + height, toJSON: () => ({}) } as DOMRect;
}

/** Resize observers made by the code under test, so that a test can report a resize. */
const observers: { callback: ResizeObserverCallback; targets: Set<Element> }[] = [];
class FakeResizeObserver {
  private readonly entry: { callback: ResizeObserverCallback; targets: Set<Element> };
  constructor(callback: ResizeObserverCallback) {
    this.entry = { callback, targets: new Set() };
    observers.push(this.entry);
  }
  observe(target: Element) {
    this.entry.targets.add(target);
  }
  unobserve(target: Element) {
    this.entry.targets.delete(target);
  }
  disconnect() {
    this.entry.targets.clear();
  }
}

function resize(target: Element): void {
  for (const { callback, targets } of observers) {
    if (targets.has(target)) callback([{ target } as ResizeObserverEntry], {} as ResizeObserver);
  }
}

/** A scroll event as the browser sends it (happy-dom's events are all untrusted, like a script's). */
function browserScroll(target: EventTarget): void {
  const event = new Event('scroll');
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

const frames = (n = 2) => new Promise((done) => setTimeout(done, 20 * n));
/** Waits until `count` underlines are drawn (a busy machine may spread the measuring over more frames). */
const drawnCount = (root: ShadowRoot, count: number) => vi.waitFor(() => expect(root.querySelectorAll('.underline')).toHaveLength(count));

function rangeOf(paragraph: Element, text: string): Range {
  const node = paragraph.firstChild as Text;
  const start = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return range;
}

/** The underlines as drawn: each rectangle's place in the window (its group's and the image's translations added). */
function drawn(root: ShadowRoot): { left: number; top: number; width: number; covered: boolean }[] {
  const translation = (element: Element | null) => {
    const match = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec((element as SVGElement | null)?.style.transform ?? '');
    return match ? { x: Number(match[1]), y: Number(match[2]) } : { x: 0, y: 0 };
  };
  return Array.from(root.querySelectorAll('.underline')).map((rect) => {
    const group = translation(rect.parentElement);
    const plane = translation(rect.parentElement!.parentElement);
    return {
      left: Number(rect.getAttribute('x')) + group.x + plane.x,
      top: Number(rect.getAttribute('y')) + group.y + plane.y,
      width: Number(rect.getAttribute('width')),
      covered: rect.hasAttribute('data-covered'),
    };
  });
}

describe('the underlines of noted passages', () => {
  let host: HTMLElement;
  let root: ShadowRoot;
  let paragraphs: HTMLElement[];
  let underlines: NoteUnderlines;

  beforeEach(() => {
    document.body.innerHTML = [
      '<p>The council voted to keep the bridge open until the new crossing is finished.</p>',
      '<p>Engineers measured the girders at two hundred points along the frame.</p>',
      '<p>Shop owners on the east bank greeted the news with relief.</p>',
    ].join('');
    paragraphs = Array.from(document.querySelectorAll('p'));
    paragraphs.forEach((p, i) => place.set(p, { x: 100, y: 200 + i * 100 }));
    scroll = { x: 0, y: 0 };
    topElementAt = (_x, y) => paragraphs.find((p) => Math.abs(place.get(p)!.y - scroll.y + LINE_PX / 2 - y) < LINE_PX) ?? null;
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    vi.spyOn(window, 'scrollX', 'get').mockImplementation(() => scroll.x);
    vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scroll.y);
    vi.spyOn(document, 'elementFromPoint').mockImplementation((x, y) => topElementAt(x, y));
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const at = place.get(this);
      return at ? clientRect(at.x - scroll.x, at.y - scroll.y, 600, 80) : clientRect(0, 0, 0, 0);
    });
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      const paragraph = this.startContainer.parentElement!;
      const at = place.get(paragraph)!;
      const rect = clientRect(at.x + this.startOffset * CHAR_PX - scroll.x, at.y - scroll.y, (this.endOffset - this.startOffset) * CHAR_PX, LINE_PX);
      return Object.assign([rect], { item: (i: number) => [rect][i] ?? null }) as unknown as DOMRectList;
    });
    host = document.createElement('glossa-overlay');
    document.body.append(host);
    root = host.attachShadow({ mode: 'closed' });
    underlines = new NoteUnderlines(root, host, document);
  });

  afterEach(() => {
    underlines.remove();
    observers.length = 0;
    place.clear();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('draws a rectangle under each passage in the shadow root, and nothing in the page', async () => {
    const html = document.body.innerHTML;
    underlines.show([rangeOf(paragraphs[0], 'keep the bridge open'), rangeOf(paragraphs[2], 'the east bank')]);
    await drawnCount(root, 2);
    await frames();
    expect(drawn(root)).toEqual([
      { left: 100 + 'The council voted to '.length * CHAR_PX, top: 200 + LINE_PX - 1, width: 'keep the bridge open'.length * CHAR_PX, covered: false },
      { left: 100 + 'Shop owners on '.length * CHAR_PX, top: 400 + LINE_PX - 1, width: 'the east bank'.length * CHAR_PX, covered: false },
    ]);
    expect(document.body.innerHTML, "the page's document").toBe(html);
    expect(document.adoptedStyleSheets, "the page's style sheets").toEqual([]);
  });

  it('puts the passages of one paragraph in one group, which moves with its paragraph without measuring again', async () => {
    underlines.show([rangeOf(paragraphs[1], 'Engineers'), rangeOf(paragraphs[1], 'the girders')]);
    await drawnCount(root, 2);
    await frames();
    expect(root.querySelectorAll('g > g')).toHaveLength(1);
    const measured = vi.mocked(Range.prototype.getClientRects).mock.calls.length;
    place.set(paragraphs[1], { x: 100, y: 348 });
    resize(document.body);
    await vi.waitFor(() => expect(drawn(root).map((box) => box.top)).toEqual([348 + LINE_PX - 1, 348 + LINE_PX - 1]));
    expect(vi.mocked(Range.prototype.getClientRects).mock.calls.length, 'lines measured again').toBe(measured);
  });

  it('measures the lines of a resized paragraph again', async () => {
    underlines.show([rangeOf(paragraphs[0], 'the new crossing')]);
    await drawnCount(root, 1);
    await frames();
    const measured = vi.mocked(Range.prototype.getClientRects).mock.calls.length;
    resize(paragraphs[0]);
    await vi.waitFor(() => expect(vi.mocked(Range.prototype.getClientRects).mock.calls.length).toBeGreaterThan(measured));
  });

  it('moves every underline against the window scroll, and ignores a scroll event a script dispatches', async () => {
    underlines.show([rangeOf(paragraphs[2], 'greeted the news')]);
    await drawnCount(root, 1);
    await frames();
    const before = drawn(root)[0];
    scroll = { x: 0, y: 150 };
    document.dispatchEvent(new Event('scroll'));
    await frames();
    expect(drawn(root)[0], 'after a scroll event a script dispatched').toEqual(before);
    browserScroll(document);
    await vi.waitFor(() => expect(drawn(root)[0]).toEqual({ ...before, top: before.top - 150 }));
  });

  it('hides an underline while something of the page covers its text, never for the overlay itself', async () => {
    const banner = document.createElement('div');
    document.body.append(banner);
    underlines.show([rangeOf(paragraphs[0], 'The council'), rangeOf(paragraphs[1], 'Engineers')]);
    await drawnCount(root, 2);
    await frames();
    expect(drawn(root).map((box) => box.covered)).toEqual([false, false]);
    topElementAt = (_x, y) => (y < 250 ? banner : host);
    browserScroll(document);
    await vi.waitFor(() => expect(drawn(root).map((box) => box.covered), 'under a banner, and under the overlay').toEqual([true, false]));
  });
});
