/**
 * A long list in a page that scrolls as a whole: only the rows near the window's view are in the document (a screen's
 * height above and below it), the others stand in as empty space of their height, so that ten thousand notes render
 * as fast as twenty. A row's height is estimated until it has been rendered, then measured (and measured again when
 * it changes, as when a note is opened for editing).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  rows: readonly T[];
  keyOf(row: T): string;
  /** A row's height before it is rendered, in pixels. */
  estimate(row: T): number;
  render(row: T): ComponentChildren;
  class?: string;
}

/** The rows from `first` to `last` (excluded), and the space the others take above and below them. */
interface RowWindow {
  first: number;
  last: number;
  above: number;
  below: number;
}

/** The rows that meet the band from `top` to `bottom` (in the list's own coordinates). */
export function visibleWindow(heights: readonly number[], top: number, bottom: number): RowWindow {
  let offset = 0;
  let first = 0;
  while (first < heights.length && offset + heights[first] < top) offset += heights[first++];
  const above = offset;
  let last = first;
  while (last < heights.length && offset < bottom) offset += heights[last++];
  let below = 0;
  for (let i = last; i < heights.length; i++) below += heights[i];
  return { first, last, above, below };
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const measured = useRef(new Map<string, number>());
  const [view, setView] = useState({ top: 0, height: typeof window === 'undefined' ? 1000 : window.innerHeight, version: 0 });

  // The band of the list in view: from the window's scroll and the list's place in the page, on scroll and resize.
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const top = -(list.current?.getBoundingClientRect().top ?? 0);
        setView((v) => (v.top === top && v.height === window.innerHeight ? v : { ...v, top, height: window.innerHeight }));
      });
    };
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    update();
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, []);

  // The rendered rows measured, and again whenever one changes size.
  useLayoutEffect(() => {
    const observer = new ResizeObserver((entries) => {
      let changed = false;
      for (const { target } of entries) {
        const key = (target as HTMLElement).dataset.virtualKey!;
        const height = (target as HTMLElement).offsetHeight;
        if (measured.current.get(key) !== height) {
          measured.current.set(key, height);
          changed = true;
        }
      }
      if (changed) setView((v) => ({ ...v, version: v.version + 1 }));
    });
    for (const row of Array.from(list.current?.children ?? [])) if ((row as HTMLElement).dataset.virtualKey) observer.observe(row);
    return () => observer.disconnect();
  });

  const heights = props.rows.map((row) => measured.current.get(props.keyOf(row)) ?? props.estimate(row));
  const { first, last, above, below } = visibleWindow(heights, view.top - view.height, view.top + 2 * view.height);
  return (
    <div ref={list} class={props.class}>
      <div aria-hidden="true" style={{ height: `${above}px` }} />
      {props.rows.slice(first, last).map((row) => {
        const key = props.keyOf(row);
        return (
          <div key={key} data-virtual-key={key}>
            {props.render(row)}
          </div>
        );
      })}
      <div aria-hidden="true" style={{ height: `${below}px` }} />
    </div>
  );
}
