/**
 * Quotations highlighted with the CSS Custom Highlight API: one highlight per speaker (`glossa-speaker-N`: a colour
 * and an underline style, see components/palette.ts), one for
 * quotations with no speaker, and a passing one for the quotation just stepped to. No element is added around the
 * text: wrapping Arabic letters in elements would break their joining. The page can read these highlights (they are
 * its document's), and they tell it nothing it does not know; the passages that carry notes are underlined where it
 * cannot look (./note-underlines.ts).
 */
import { NO_SPEAKER_COLOUR, speakerColour, speakerLineCss } from '@/components/palette';

export const FOCUS_HIGHLIGHT = 'glossa-focus';
const NO_SPEAKER_HIGHLIGHT = 'glossa-unattributed';

export function highlightName(speakerIndex: number | null): string {
  return speakerIndex === null ? NO_SPEAKER_HIGHLIGHT : `glossa-speaker-${speakerIndex}`;
}

function highlightCss(speakers: number): string {
  const rules = [`::highlight(${NO_SPEAKER_HIGHLIGHT}) { background-color: ${NO_SPEAKER_COLOUR}; }`];
  for (let i = 0; i < speakers; i++) {
    rules.push(`::highlight(${highlightName(i)}) { background-color: ${speakerColour(i)}; ${speakerLineCss(i)} }`);
  }
  rules.push(`::highlight(${FOCUS_HIGHLIGHT}) { background-color: #ffb300; }`);
  return rules.join('\n');
}

/**
 * Adds the highlight colours to the page as a constructed stylesheet (no element in the page); where the browser
 * will not adopt a sheet made in the extension's world, as a <style> element. Returns the undo.
 */
function addDocumentStyles(doc: Document, css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}

export interface QuoteHighlight {
  range: Range;
  speakerIndex: number | null;
}

/** Highlights the quotations; returns the function that takes every Glossa highlight and style away again. */
export function showHighlights(doc: Document, quotes: readonly QuoteHighlight[], speakers: number): () => void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return () => {};
  const bySpeaker = new Map<string, Range[]>();
  for (const quote of quotes) {
    const name = highlightName(quote.speakerIndex);
    const ranges = bySpeaker.get(name);
    if (ranges) ranges.push(quote.range);
    else bySpeaker.set(name, [quote.range]);
  }
  for (const [name, ranges] of bySpeaker) CSS.highlights.set(name, new Highlight(...ranges));
  const removeStyles = addDocumentStyles(doc, highlightCss(speakers));
  return () => {
    for (const name of [...bySpeaker.keys(), FOCUS_HIGHLIGHT]) CSS.highlights.delete(name);
    removeStyles();
  };
}

/** Marks one range for a moment (the quotation the user stepped to). */
export function flash(range: Range, milliseconds = 1600): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(range));
  setTimeout(() => {
    if (CSS.highlights.get(FOCUS_HIGHLIGHT)?.has(range)) CSS.highlights.delete(FOCUS_HIGHLIGHT);
  }, milliseconds);
}
