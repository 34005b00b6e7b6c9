/**
 * Is an element page furniture rather than article text? Navigation, share bars, related and most-read lists,
 * newsletter boxes, comments, footers, cookie banners, ads. Judged from the element alone (tag, role, class, id);
 * the walker makes it hold for the whole subtree.
 */
import { BoundedMemo } from '../memo';

const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'dialog', 'menu', 'button', 'select', 'label']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);
// Elements that hold the article itself are never furniture, whatever their class says.
const CONTENT_TAGS = new Set(['html', 'body', 'main', 'article']);

// Words in class names and ids, matched as whole words where "-", "_" and camelCase humps separate words.
const FURNITURE_WORDS = [
  'comment', 'comments', 'disqus', 'share', 'sharing', 'sharebar', 'social', 'related', 'recommended', 'recommendations',
  'newsletter', 'subscribe', 'subscription', 'signup', 'promo', 'promotion', 'sponsor', 'sponsored', 'advert',
  'advertisement', 'ad', 'ads', 'adslot', 'dfp', 'gpt', 'banner', 'cookie', 'cookies', 'consent', 'gdpr', 'sidebar',
  'widget', 'footer', 'breadcrumb', 'breadcrumbs', 'nav', 'navbar', 'navigation', 'menu', 'masthead', 'meta', 'byline',
  'author', 'bio', 'tags', 'tag', 'topics', 'keywords', 'popular', 'mostread', 'trending', 'outbrain', 'taboola',
  'paywall', 'modal', 'popup', 'overlay', 'skip', 'print', 'toolbar', 'pagination', 'pager', 'caption', 'credit',
  'copyright', 'disclaimer', 'breaking', 'ticker', 'login', 'search', 'rating', 'reactions', 'readmore', 'more',
  'also', 'timestamp', 'dateline', 'kicker', 'badge', 'icon', 'hidden', 'sr', 'visually', 'offscreen', 'teaser',
  'teasers', 'carousel', 'slider', 'rail', 'newsticker', 'follow', 'email', 'donate', 'donation', 'correction',
];
const CONTENT_WORDS = ['article', 'body', 'content', 'main', 'story', 'entry', 'post', 'text', 'prose', 'blog', 'column'];
// Names only furniture has: it takes most of the page's text under them to make them the article.
const NAMED_WORDS = new Set([
  'comment', 'comments', 'disqus', 'related', 'sidebar', 'footer', 'newsletter', 'cookie', 'cookies', 'consent', 'gdpr',
  'breadcrumb', 'breadcrumbs', 'navbar', 'navigation', 'outbrain', 'taboola', 'recommendations',
]);
const EMBED_WORDS = new Set(['embed', 'embedded']);
const furnitureWords = new Set(FURNITURE_WORDS);
// Furniture names written in several words: "most-read", "readMore", "ad_slot".
const FURNITURE_COMPOUNDS = new Set(['mostread', 'readmore', 'adslot']);
const contentWords = new Set(CONTENT_WORDS);

/** Splits "related-news__title", "mostRead" and "ad_slot" into lower-case words. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

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
  if (EMBED_WORDS.has(words[words.length - 1])) return null;
  if (words.some((w) => furnitureWords.has(w)) || FURNITURE_COMPOUNDS.has(words.join(''))) {
    return words.some((w) => NAMED_WORDS.has(w)) ? 'named' : 'furniture';
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

/** Words of class names and ids that name the lead of an article on many sites (German "Teaser", "article-teaser",
 *  "teaser-text"), and a teaser of another article elsewhere. */
const LEAD_WORDS = new Set(['teaser', 'intro']);

/** Does the element's class or id name a lead (see LEAD_WORDS)? */
export function namesLead(element: Element): boolean {
  const names = `${classAttribute(element) ?? ''} ${element.getAttribute('id') ?? ''}`;
  return nameWords(names).some((w) => LEAD_WORDS.has(w));
}

export function isFurniture(element: Element): boolean {
  return furnitureKind(element) !== null;
}

/** Hidden from every reader: not rendered, or rendered for screen readers only. */
export function isHidden(element: Element): boolean {
  return isHiddenWithClass(element, classAttribute(element));
}

const HIDING_STYLE = /(display\s*:\s*none|visibility\s*:\s*hidden)/i;
const HIDING_CLASS = /(^|\s)(sr-only|visually-hidden|screen-reader-text|hidden)(\s|$)/;

/** `isHidden`, with the element's class attribute already read. */
export function isHiddenWithClass(element: Element, className: string | null): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && HIDING_STYLE.test(style)) return true;
  return !!className && HIDING_CLASS.test(className);
}
