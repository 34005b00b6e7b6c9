/**
 * Is an element page furniture rather than article text? Navigation, share bars, related and most-read lists,
 * newsletter boxes, comments, footers, cookie banners, ads. Judged from the element alone (tag, role, class, id);
 * the walker makes it hold for the whole subtree.
 */
import { BoundedMemo } from '../memo';
import {
  CONTENT_WORDS,
  EMBED_WORDS,
  FURNITURE_COMPOUNDS,
  FURNITURE_WORDS,
  HIDING_CLASSES,
  LEAD_WORDS,
  NAMED_FURNITURE_WORDS,
  nameWords,
} from './class-names';

const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'dialog', 'menu', 'button', 'select', 'label']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);
// Elements that hold the article itself are never furniture, whatever their class says.
const CONTENT_TAGS = new Set(['html', 'body', 'main', 'article']);

const furnitureWords = new Set(FURNITURE_WORDS);
const furnitureCompounds = new Set(FURNITURE_COMPOUNDS);
const namedFurnitureWords = new Set(NAMED_FURNITURE_WORDS);
const contentWords = new Set(CONTENT_WORDS);
const embedWords = new Set(EMBED_WORDS);
const leadWords = new Set(LEAD_WORDS);

/** The part of a BEM class that names the element: "article__meta" → "meta", "share-bottom__btn" → "share-bottom__btn". */
function ownPart(token: string): string {
  const element = token.split('__');
  const last = element[element.length - 1];
  // A BEM element name alone ("btn", "title") says little; then the block name counts too.
  return nameWords(last).some((w) => furnitureWords.has(w) || contentWords.has(w)) ? last : token;
}

interface NamesMeaning {
  /** A name says "content" and nothing of furniture ("ArticlePage-content paywall"): the element is about the article. */
  content: boolean;
  /** A name names furniture, with words of content or not: "share-text", "author-content" and "article-meta" are the
   *  share bar's text, the author's box and the article's furniture. */
  furniture: boolean;
  /** One of those holds a name only furniture has. */
  namedFurniture: boolean;
}

/** What one class token or id says: furniture (named or not), content, or nothing. */
type NameMeaning = 'named' | 'furniture' | 'content' | null;

function meaningOfName(token: string): NameMeaning {
  const words = nameWords(ownPart(token));
  // A name that ends in "embed" names what the author set into the article (a "social-media-embed" post), not
  // furniture, whatever words come before.
  if (embedWords.has(words[words.length - 1])) return null;
  if (words.some((w) => furnitureWords.has(w)) || furnitureCompounds.has(words.join(''))) {
    return words.some((w) => namedFurnitureWords.has(w)) ? 'named' : 'furniture';
  }
  return words.some((w) => contentWords.has(w)) ? 'content' : null;
}

/**
 * Meanings worked out once, by class or id attribute and by single name: pages give the same names to many
 * elements, and splitting them into words was the walker's costliest step. Sites styled with one class per CSS
 * rule ("Fz(14px) Fw(b) C($c-grey)") combine a few hundred names in thousands of ways, hence the second map.
 */
const MAX_CACHED_NAMES = 20_000;
const meaningByNames = new BoundedMemo(meaningOfNames, MAX_CACHED_NAMES);
const meaningByName = new BoundedMemo(meaningOfName, MAX_CACHED_NAMES);

function meaningOfNames(names: string): NamesMeaning {
  const meaning = { content: false, furniture: false, namedFurniture: false };
  for (const token of names.split(/\s+/)) {
    const said = meaningByName.get(token);
    if (said === 'content') meaning.content = true;
    else if (said) {
      meaning.furniture = true;
      if (said === 'named') meaning.namedFurniture = true;
    }
  }
  return meaning;
}

const NO_NAMES: NamesMeaning = { content: false, furniture: false, namedFurniture: false };

/** The class attribute as written (linkedom's getAttribute('class') rebuilds it from the class list at every call). */
export function classAttribute(element: Element): string | null {
  return element.getAttributeNode('class')?.value ?? null;
}

/**
 * How sure the element alone makes us that it is furniture: 'certain' for what it is (a <nav>, role=banner);
 * 'named' for a name only furniture has (comments, sidebar, related); 'likely' for other names of furniture
 * ("share", "ad", "meta") and <form>. The walker overrules the last two for an element that turns out to hold much
 * of the page's running text: sites wrap whole pages in <form>, "page-ad-margins" or "container penci_sidebar".
 */
export type FurnitureKind = 'certain' | 'named' | 'likely';

export function furnitureKind(element: Element): FurnitureKind | null {
  return furnitureKindWithClass(element, classAttribute(element));
}

/** `furnitureKind`, with the element's class attribute already read (the walker reads it once per element). */
export function furnitureKindWithClass(element: Element, className: string | null): FurnitureKind | null {
  const tag = element.localName;
  if (CONTENT_TAGS.has(tag)) return null;
  if (FURNITURE_TAGS.has(tag)) return 'certain';
  const role = element.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return 'certain';
  if (tag === 'header' && !element.closest('article, main, [itemprop="articleBody"]')) return 'certain';
  if (tag === 'form') return 'likely';
  const id = element.getAttribute('id');
  const byClass = className ? meaningByNames.get(className) : NO_NAMES;
  const byId = id ? meaningByNames.get(id) : NO_NAMES;
  if (byClass.content || byId.content || !(byClass.furniture || byId.furniture)) return null;
  return byClass.namedFurniture || byId.namedFurniture ? 'named' : 'likely';
}

/** Does the element's class or id name a lead (see LEAD_WORDS in ./class-names)? */
export function namesLead(element: Element): boolean {
  const names = `${classAttribute(element) ?? ''} ${element.getAttribute('id') ?? ''}`;
  return nameWords(names).some((w) => leadWords.has(w));
}

export function isFurniture(element: Element): boolean {
  return furnitureKind(element) !== null;
}

/** Hidden from every reader: not rendered, or rendered for screen readers only. */
export function isHidden(element: Element): boolean {
  return isHiddenWithClass(element, classAttribute(element));
}

const HIDING_STYLE = /(display\s*:\s*none|visibility\s*:\s*hidden)/i;
const HIDING_CLASS = new RegExp(`(^|\\s)(${HIDING_CLASSES.join('|')})(\\s|$)`);

/** `isHidden`, with the element's class attribute already read. */
export function isHiddenWithClass(element: Element, className: string | null): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && HIDING_STYLE.test(style)) return true;
  return !!className && HIDING_CLASS.test(className);
}
