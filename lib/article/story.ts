/**
 * The story the page is about, when it holds several: sites that append further stories below the article as the
 * reader scrolls (each story in an <article> of its own) and change the address to the story in view. Of the
 * candidate stories, the one that links to the page's address (its permalink), else the one whose headline is the
 * page's declared title or headline, else the first.
 */
import type { Block } from './blocks';
import { fold } from '../text/fold';

/** Running text a story holds at least (a teaser or a comment holds less). */
const MIN_STORY_CHARS = 400;
/** Attributes in which a story names its own address. */
const ADDRESS_ATTRIBUTES = ['href', 'data-url', 'data-href', 'data-permalink', 'data-canonical', 'data-share-url'];

/** The <article> elements not inside another one that hold a story's worth of running text under a headline of
 *  their own, in document order (the posts of a forum thread have none: they are one story). */
export function candidateStories(blocks: readonly Block[]): Element[] {
  const chars = new Map<Element, number>();
  for (const block of blocks) {
    if (block.furniture || block.kind === 'heading') continue;
    let story: Element | null = null;
    for (let e: Element | null = block.element; e; e = e.parentElement) if (e.localName === 'article') story = e;
    if (story) chars.set(story, (chars.get(story) ?? 0) + block.weightedLength);
  }
  return [...chars].filter(([story, n]) => n >= MIN_STORY_CHARS && headlineOf(story)).map(([story]) => story);
}

/** An address without its fragment, query and final slash, for comparing; null when it is not an absolute URL. */
function addressKey(address: string, base?: string): string | null {
  try {
    const url = new URL(address, base);
    if (!/^https?:$/.test(url.protocol)) return null;
    return `${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

function namesAddress(story: Element, key: string, base: string): boolean {
  for (const attribute of ADDRESS_ATTRIBUTES) {
    for (const element of Array.from(story.querySelectorAll(`[${attribute}]`))) {
      if (addressKey(element.getAttribute(attribute) ?? '', base) === key) return true;
    }
  }
  return false;
}

/** The first heading of a story: its headline. */
function headlineOf(story: Element): string {
  return fold((story.querySelector('h1, h2')?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The story the page is about (see above); `titles`: the page's declared title and headline, as the page says them. */
export function chooseStory(stories: readonly Element[], address: string, titles: readonly string[]): Element {
  const key = addressKey(address);
  if (key) {
    const linked = stories.find((story) => namesAddress(story, key, address));
    if (linked) return linked;
  }
  const wanted = new Set(titles.map((t) => fold(t.replace(/\s+/g, ' ').trim())).filter(Boolean));
  return stories.find((story) => wanted.has(headlineOf(story))) ?? stories[0];
}

/** The blocks without those of the stories other than `story`. */
export function blocksOfStory(blocks: readonly Block[], stories: readonly Element[], story: Element): readonly Block[] {
  const others = stories.filter((s) => s !== story);
  return blocks.filter((b) => !others.some((other) => other.contains(b.element)));
}
