/**
 * Where the overlay's panel goes, so that it never covers the article's text unless the reader opened it there. The
 * panel stays fixed in the window while the page scrolls under it, so every line of the article passes its height:
 * only the text column's width counts, from the boxes of all the article's paragraphs (a table or a wide figure
 * among them widens the column). The panel goes in the margin where the page's layout ends its lines (the right in a
 * left-to-right layout, the left in a right-to-left one, whatever the language of the text), else in the other
 * margin. Where neither margin holds it, it folds to its toggle in a margin that holds the toggle, else to a handle
 * as wide as the wider margin at the window's edge.
 */

export const PLACEMENT = {
  panelWidth: 280,
  /** The panel's distance from the window's edge. */
  edge: 16,
  /** The least room left between the panel (or its toggle) and the text column. */
  gap: 8,
  /** The narrowest handle: a strip at the window's edge that widens to the toggle when pointed at or focused. */
  minHandle: 6,
  /** A handle leaves this much of the margin free beside the text. */
  handleGap: 2,
} as const;

export type Side = 'left' | 'right';

/** The horizontal extent of the article's text column, in the window's coordinates. */
export interface TextColumn {
  left: number;
  right: number;
}

export interface Placement {
  side: Side;
  /** The expanded panel stands beside the text column. */
  panelFits: boolean;
  /** The folded panel's toggle: whole, or a handle this many pixels wide at the window's edge. */
  handleWidth: number | null;
}

/** The union of the boxes of the article's paragraphs that are laid out (hidden ones have no box). */
export function textColumn(paragraphs: readonly Element[]): TextColumn | null {
  let left = Infinity;
  let right = -Infinity;
  for (const element of paragraphs) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    left = Math.min(left, box.left);
    right = Math.max(right, box.right);
  }
  return left < right ? { left, right } : null;
}

/** The side on which the page's layout ends its lines: the direction of the element that holds the article. */
export function endSide(container: Element | null): Side {
  const direction = container ? getComputedStyle(container).direction : 'ltr';
  return direction === 'rtl' ? 'left' : 'right';
}

/**
 * The panel's place beside `column` in a window `viewportWidth` wide (without its scroll bar), `ends` being the side
 * the layout ends its lines on and `toggleWidth` the folded toggle's width. With no column (nothing laid out), the
 * panel folds on the end side.
 */
export function placePanel(column: TextColumn | null, viewportWidth: number, ends: Side, toggleWidth: number): Placement {
  const other: Side = ends === 'left' ? 'right' : 'left';
  const free: Record<Side, number> = column
    ? { left: column.left, right: viewportWidth - column.right }
    : { left: 0, right: 0 };
  const holds = (side: Side, width: number) => free[side] >= width + PLACEMENT.edge + PLACEMENT.gap;
  for (const side of [ends, other]) {
    if (holds(side, PLACEMENT.panelWidth)) return { side, panelFits: true, handleWidth: null };
  }
  for (const side of [ends, other]) {
    if (holds(side, toggleWidth)) return { side, panelFits: false, handleWidth: null };
  }
  const side = free[ends] >= free[other] ? ends : other;
  const handleWidth = Math.max(PLACEMENT.minHandle, Math.min(toggleWidth, Math.floor(free[side] - PLACEMENT.handleGap)));
  return { side, panelFits: false, handleWidth };
}
