/** Which highlighted quotations or notes are under the pointer: the text position at the point, then the quotation's boxes. */

function positionAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  if (withPosition.caretPositionFromPoint) {
    const position = withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function inside(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/** Indexes of the ranges under (x, y), in order. */
export function rangesAtPoint(doc: Document, ranges: readonly Range[], x: number, y: number): number[] {
  const position = positionAt(doc, x, y);
  if (!position) return [];
  const found: number[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i];
    try {
      // The caret snaps to the nearest text even in a margin: the point must also be on one of the range's boxes.
      if (range.isPointInRange(position.node, position.offset) && Array.from(range.getClientRects()).some((r) => inside(r, x, y))) found.push(i);
    } catch {
      // A node the page has since removed: not under the pointer.
    }
  }
  return found;
}

/** Index of the first range under (x, y), or -1. */
export function rangeAtPoint(doc: Document, ranges: readonly Range[], x: number, y: number): number {
  return rangesAtPoint(doc, ranges, x, y)[0] ?? -1;
}
