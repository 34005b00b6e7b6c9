/**
 * What `npm run sweep` reads inside a page, bundled with the engine (scripts/bundle.ts) into a script that defines
 * `globalThis.__glossaSweep`; the sweep evaluates it in the page's main world once the extension has done its work.
 * It reads; it changes nothing the extension looks at (the engine only reads the document).
 */
import { analyzePage } from '../lib/analyze';

export const SWEEP_GLOBAL = '__glossaSweep';

/** A box in the page's coordinates (the window's, plus the scroll offsets at the time it was read). */
export interface PageBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PageLayout {
  /** The boxes of the lines of the article's paragraphs, as the engine finds the article in this page. */
  lines: PageBox[];
  /** The engine's article text here (what the content script analysed, bar late changes). */
  text: string;
  isArticle: boolean;
  /** The page's own layout direction (of its body). */
  layoutDir: string;
  viewport: { width: number; height: number };
  /** How far the page can scroll down. */
  maxScrollY: number;
}

/** Lines narrower than this are the empty boxes of line breaks, not text. */
const MIN_LINE_PX = 2;

/** The article as the engine finds it in this page, with the boxes of its lines. */
export function pageLayout(): PageLayout {
  const { analysis, article } = analyzePage(document);
  const lines: PageBox[] = [];
  for (const paragraph of article?.paragraphs ?? []) {
    const range = article!.rangeOf(paragraph.start, paragraph.end);
    for (const rect of Array.from(range?.getClientRects() ?? [])) {
      if (rect.width < MIN_LINE_PX || rect.height < MIN_LINE_PX) continue;
      lines.push({ left: rect.left + scrollX, top: rect.top + scrollY, right: rect.right + scrollX, bottom: rect.bottom + scrollY });
    }
  }
  const scroller = document.scrollingElement ?? document.documentElement;
  return {
    lines,
    text: analysis.text,
    isArticle: analysis.isArticle,
    layoutDir: getComputedStyle(document.body ?? document.documentElement).direction,
    viewport: { width: innerWidth, height: innerHeight },
    maxScrollY: Math.max(0, scroller.scrollHeight - innerHeight),
  };
}

/** The text of every quotation Glossa highlights in the page (one range each), the focus highlight left out. */
export function highlightedTexts(): string[] {
  const texts: string[] = [];
  CSS.highlights?.forEach((highlight, name) => {
    if (!name.startsWith('glossa-') || name === 'glossa-focus') return;
    highlight.forEach((range) => texts.push(toRange(range).toString()));
  });
  return texts;
}

function toRange(abstract: AbstractRange): Range {
  const range = document.createRange();
  range.setStart(abstract.startContainer, abstract.startOffset);
  range.setEnd(abstract.endContainer, abstract.endOffset);
  return range;
}

export interface OverlayBoxes {
  /** The panel, folded or not; null when the overlay shows none. */
  panel: PageBox | null;
  collapsed: boolean;
  /** The folded panel's toggle ("Glossa"). */
  toggle: PageBox | null;
  /** The panel's CSS position: a `fixed` panel stays where it is while the page scrolls under it. */
  position: string;
}

/** The overlay's panel and toggle, in the window's coordinates, read through its shadow root. */
export function overlayBoxes(overlay: ShadowRoot | null): OverlayBoxes {
  const panel = overlay?.querySelector('[data-glossa-panel]') ?? null;
  const toggle = panel?.querySelector('button') ?? null;
  const box = (element: Element | null): PageBox | null => {
    const rect = element?.getBoundingClientRect();
    return rect && rect.width > 0 ? { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } : null;
  };
  return {
    panel: box(panel),
    collapsed: panel?.getAttribute('data-collapsed') === 'true',
    toggle: box(toggle),
    position: panel ? getComputedStyle(panel).position : '',
  };
}
