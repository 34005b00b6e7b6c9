/**
 * A passage of the page as selectors, and back: the three selectors of the W3C model that Glossa writes for a DOM
 * range (`describeRange`), and the offsets a `RangeSelector` names (`rangeSelectorOffsets`). All count characters
 * of the page's text as `DocumentText` reads it.
 */
import { CONTEXT_CHARS, type RangeSelector, type Selector, type XPathSelector } from './annotation';
import type { DocumentText } from './document-text';
import { elementAtXPath, xpathOf } from './xpath';

const WHITE_SPACE = /\s/;

/**
 * The selectors of the text a DOM range covers, without the white space at its ends (a selection often takes it
 * in): its quotation with `CONTEXT_CHARS` of text on each side, its offsets, and the elements it starts and ends in.
 * Null when the range covers no text of the page (it is outside the root, or only white space).
 */
export function describeRange(doc: DocumentText, range: Range): Selector[] | null {
  const offsets = doc.offsetsOf(range);
  if (!offsets) return null;
  let { start, end } = offsets;
  while (start < end && WHITE_SPACE.test(doc.text[start])) start++;
  while (end > start && WHITE_SPACE.test(doc.text[end - 1])) end--;
  return start < end ? describeOffsets(doc, start, end) : null;
}

/** The selectors of [start, end) of the page's text. */
export function describeOffsets(doc: DocumentText, start: number, end: number): Selector[] {
  const { text } = doc;
  const selectors: Selector[] = [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start, end },
  ];
  const startPoint = xpathPoint(doc, start, 'start');
  const endPoint = xpathPoint(doc, end, 'end');
  if (startPoint && endPoint) selectors.push({ type: 'RangeSelector', startSelector: startPoint, endSelector: endPoint });
  return selectors;
}

/** A point of the text as the element its text node is in and an offset into that element's text. */
function xpathPoint(doc: DocumentText, offset: number, side: 'start' | 'end'): XPathSelector | null {
  const element = doc.pointAt(offset, side)?.node.parentElement;
  const elementStart = element && doc.offsetAt(element, 0);
  if (!element || elementStart === null || elementStart === undefined) return null;
  const local = offset - elementStart;
  return { type: 'XPathSelector', value: xpathOf(element), refinedBy: { type: 'TextPositionSelector', start: local, end: local } };
}

/** The offsets of the page's text a `RangeSelector` names, or null when its elements are not there, or its
 *  offsets lie beyond their text. */
export function rangeSelectorOffsets(doc: DocumentText, selector: RangeSelector): { start: number; end: number } | null {
  const start = xpathPointOffset(doc, selector.startSelector);
  const end = xpathPointOffset(doc, selector.endSelector);
  return start !== null && end !== null && start < end ? { start, end } : null;
}

function xpathPointOffset(doc: DocumentText, selector: XPathSelector): number | null {
  const ownerDocument = doc.root.ownerDocument ?? (doc.root as Document);
  const element = elementAtXPath(ownerDocument, selector.value);
  if (!element || !doc.root.contains(element)) return null;
  const elementStart = doc.offsetAt(element, 0);
  const elementEnd = doc.offsetAt(element, element.childNodes.length);
  if (elementStart === null || elementEnd === null) return null;
  const offset = elementStart + selector.refinedBy.start;
  return offset <= elementEnd ? offset : null;
}
