/**
 * Where the overlay reads the page's layout and opens things in the window: the section being read as the reader
 * scrolls, the quotation a keyboard step starts from, and where the card and the note frame open (kept inside the
 * window, beside the point they are opened at).
 */
export interface Point {
  x: number;
  y: number;
}

/** The note frame's size in the window. */
export const FRAME_SIZE = { width: 360, height: 320 } as const;
/** A section is being read once its start reaches the top of the window (within this many pixels). Sections of a
 *  single paragraph stand several to a screen, so any lower line would mark one the reader has not reached. */
const READING_LINE_PX = 12;
/** Room kept for the card (its width and height at most) and between anything opened and the window's edges. */
const CARD_ROOM = { width: 340, height: 220 } as const;
const EDGE_PX = 8;

const within = (value: number, most: number) => Math.max(EDGE_PX, Math.min(value, most));

/** Where a quotation's card opens for a point: below it and to its end, inside the window. */
export function cardPosition(x: number, y: number): Point {
  return { x: within(x + 12, window.innerWidth - CARD_ROOM.width), y: within(y + 18, window.innerHeight - CARD_ROOM.height) };
}

/** Where the note frame opens for a point, inside the window. */
export function noteFramePosition(x: number, y: number): Point {
  return { x: within(x, window.innerWidth - FRAME_SIZE.width - EDGE_PX), y: within(y, window.innerHeight - FRAME_SIZE.height - EDGE_PX) };
}

/** The last section whose start has passed the reading line; at the end of the page, where the last sections can
 *  never scroll that far, the last one in view. */
export function sectionBeingRead(sections: readonly Element[]): number {
  const scroller = document.scrollingElement ?? document.documentElement;
  const atBottom = window.scrollY + window.innerHeight >= scroller.scrollHeight - 2;
  const line = atBottom ? window.innerHeight : READING_LINE_PX;
  let current = 0;
  sections.forEach((element, index) => {
    if (element.getBoundingClientRect().top <= line) current = index;
  });
  return current;
}

/** The quotation a step starts from when none was stepped to: the first one from the top of the window down
 *  (forwards), or the last one above its bottom (backwards). */
export function firstInView(ranges: readonly Range[], direction: 1 | -1): number {
  const boxes = ranges.map((range) => range.getBoundingClientRect());
  if (direction === 1) {
    const below = boxes.findIndex((box) => box.bottom > 0);
    return below >= 0 ? below : 0;
  }
  const above = boxes.findLastIndex((box) => box.top < window.innerHeight);
  return above >= 0 ? above : boxes.length - 1;
}
