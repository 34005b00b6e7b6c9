/** Points of the live DOM inside text nodes, and the Range between two of them: how the article's text and the
 *  page's text (for notes) hand their offsets back to the DOM. */

/** A point of the DOM inside a text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** A live DOM Range from `from` to `to`. */
export function rangeBetween(from: TextPoint, to: TextPoint): Range {
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
