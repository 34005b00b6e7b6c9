/** The virtual list of the notes page (components/VirtualList.tsx): only the rows near the window's view are in the
 *  document, the others stand in as space of their (estimated or measured) height. */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualList, visibleWindow } from '@/components/VirtualList';

describe('visibleWindow', () => {
  const heights = [100, 200, 50, 300, 100];

  it('takes the rows that meet the band, and the space above and below them', () => {
    expect(visibleWindow(heights, 0, 250)).toEqual({ first: 0, last: 2, above: 0, below: 450 });
    expect(visibleWindow(heights, 320, 360)).toEqual({ first: 2, last: 4, above: 300, below: 100 });
    expect(visibleWindow(heights, -500, 10_000)).toEqual({ first: 0, last: 5, above: 0, below: 0 });
  });

  it('takes no row past the end, and all the space above it', () => {
    expect(visibleWindow(heights, 900, 1000)).toEqual({ first: 5, last: 5, above: 750, below: 0 });
    expect(visibleWindow([], 0, 100)).toEqual({ first: 0, last: 0, above: 0, below: 0 });
  });
});

describe('VirtualList', () => {
  let host: HTMLElement;
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  it('puts only the rows of about three screens in the document, whatever the number of rows', () => {
    host = document.createElement('div');
    document.body.append(host);
    const rows = Array.from({ length: 10_000 }, (_, i) => `note ${i}`);
    render(<VirtualList rows={rows} keyOf={(row) => row} estimate={() => 100} render={(row) => <p>{row}</p>} />, host);
    const shown = [...host.querySelectorAll('p')].map((p) => p.textContent);
    const screens = Math.ceil((2 * window.innerHeight) / 100);
    expect(shown).toEqual(rows.slice(0, shown.length));
    expect(shown.length).toBeGreaterThanOrEqual(screens);
    expect(shown.length).toBeLessThanOrEqual(screens + 1);
    const spacers = [...host.querySelectorAll('[aria-hidden="true"]')] as HTMLElement[];
    expect(spacers.map((s) => s.style.height)).toEqual(['0px', `${(rows.length - shown.length) * 100}px`]);
  });
});
