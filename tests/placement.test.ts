/** The overlay's panel placed beside the article's text column (entrypoints/overlay/placement.ts). */
import { describe, expect, it } from 'vitest';
import { PLACEMENT, endSide, placePanel, textColumn } from '@/entrypoints/overlay/placement';

const TOGGLE = 84;
const WINDOW = 1280;

/** An element laid out at this horizontal extent (width 0 and height 0: not laid out). */
function laidOut(left: number, right: number, height = 20): Element {
  return { getBoundingClientRect: () => ({ left, right, width: right - left, height, top: 0, bottom: height }) } as unknown as Element;
}

describe('textColumn', () => {
  it('spans every laid-out paragraph, a wide table among them included, and skips hidden ones', () => {
    expect(textColumn([laidOut(300, 900), laidOut(300, 1100), laidOut(0, 0, 0), laidOut(280, 880)])).toEqual({ left: 280, right: 1100 });
  });

  it('is null when nothing is laid out', () => {
    expect(textColumn([laidOut(0, 0, 0)])).toBeNull();
    expect(textColumn([])).toBeNull();
  });
});

describe('placePanel', () => {
  const room = PLACEMENT.panelWidth + PLACEMENT.edge + PLACEMENT.gap;

  it('opens the panel in the margin where the layout ends its lines when it has room there', () => {
    expect(placePanel({ left: 200, right: WINDOW - room }, WINDOW, 'right', TOGGLE)).toEqual({ side: 'right', panelFits: true, handleWidth: null });
    expect(placePanel({ left: room, right: 1000 }, WINDOW, 'left', TOGGLE)).toEqual({ side: 'left', panelFits: true, handleWidth: null });
  });

  it('takes the other margin when only that one holds the panel', () => {
    expect(placePanel({ left: room, right: WINDOW - 40 }, WINDOW, 'right', TOGGLE)).toEqual({ side: 'left', panelFits: true, handleWidth: null });
  });

  it('folds to the whole toggle in a margin that holds it, the end side first', () => {
    const toggleRoom = TOGGLE + PLACEMENT.edge + PLACEMENT.gap;
    expect(placePanel({ left: toggleRoom, right: WINDOW - toggleRoom }, WINDOW, 'left', TOGGLE)).toEqual({ side: 'left', panelFits: false, handleWidth: null });
    expect(placePanel({ left: 10, right: WINDOW - toggleRoom }, WINDOW, 'left', TOGGLE)).toEqual({ side: 'right', panelFits: false, handleWidth: null });
  });

  it('folds to a handle as wide as the wider margin allows where no margin holds the toggle', () => {
    // An unstyled page: the body's 8-pixel margins.
    expect(placePanel({ left: 8, right: WINDOW - 8 }, WINDOW, 'right', TOGGLE)).toEqual({ side: 'right', panelFits: false, handleWidth: 6 });
    expect(placePanel({ left: 40, right: WINDOW - 8 }, WINDOW, 'right', TOGGLE)).toEqual({ side: 'left', panelFits: false, handleWidth: 38 });
    // Text to the window's edge: the narrowest handle.
    expect(placePanel({ left: 0, right: WINDOW }, WINDOW, 'right', TOGGLE).handleWidth).toBe(PLACEMENT.minHandle);
  });

  it('folds on the end side when nothing of the article is laid out', () => {
    expect(placePanel(null, WINDOW, 'left', TOGGLE)).toMatchObject({ side: 'left', panelFits: false });
  });
});

describe('endSide', () => {
  it('is the side where the layout of the article’s container ends its lines, not the text’s direction', () => {
    const page = document.createElement('div');
    page.innerHTML = '<div style="direction: rtl"><p lang="en">Latin text in a right-to-left layout.</p></div><div><p style="direction: rtl">نص عربي</p></div>';
    document.body.append(page);
    const [rtlLayout, ltrLayout] = Array.from(page.querySelectorAll('p'));
    expect(endSide(rtlLayout.parentElement)).toBe('left');
    expect(endSide(ltrLayout.parentElement)).toBe('right');
    expect(endSide(null)).toBe('right');
    page.remove();
  });
});
