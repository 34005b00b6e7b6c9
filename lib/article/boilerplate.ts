/**
 * Is an element page furniture rather than article text? Navigation, share bars, related and most-read lists,
 * newsletter boxes, comments, footers, cookie banners, ads. Judged from the element alone (tag, role, class, id);
 * the walker makes it hold for the whole subtree.
 */

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
const furnitureWords = new Set(FURNITURE_WORDS);
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

/** True when a class or id token names furniture and nothing of the article's content. */
function tokenIsFurniture(token: string): boolean {
  const words = nameWords(ownPart(token));
  if (words.some((w) => contentWords.has(w))) return false;
  if (words.some((w) => furnitureWords.has(w))) return true;
  const joined = words.join('');
  return joined === 'mostread' || joined === 'readmore' || joined === 'adslot';
}

/**
 * How sure the element alone makes us that it is furniture: 'certain' for what it is (a <nav>, role=banner);
 * 'named' for a name only furniture has (comments, sidebar, related); 'likely' for other names of furniture
 * ("share", "ad", "meta") and <form>. The walker overrules the last two for an element that turns out to hold much
 * of the page's running text: sites wrap whole pages in <form>, "page-ad-margins" or "container penci_sidebar".
 */
export type FurnitureKind = 'certain' | 'named' | 'likely';

export function furnitureKind(element: Element): FurnitureKind | null {
  const tag = element.localName;
  if (CONTENT_TAGS.has(tag)) return null;
  if (FURNITURE_TAGS.has(tag)) return 'certain';
  const role = element.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return 'certain';
  if (tag === 'header' && !element.closest('article, main, [itemprop="articleBody"]')) return 'certain';
  if (tag === 'form') return 'likely';
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.trim();
  if (!names) return null;
  const tokens = names.split(/\s+/);
  // A name that says "content" anywhere ("ArticlePage-content paywall") is about the article.
  if (tokens.some((t) => nameWords(ownPart(t)).some((w) => contentWords.has(w)))) return null;
  const furniture = tokens.filter(tokenIsFurniture);
  if (!furniture.length) return null;
  return furniture.some((t) => nameWords(ownPart(t)).some((w) => NAMED_WORDS.has(w))) ? 'named' : 'likely';
}

export function isFurniture(element: Element): boolean {
  return furnitureKind(element) !== null;
}

/** Hidden from every reader: not rendered, or rendered for screen readers only. */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const cls = element.getAttribute('class');
  return !!cls && /(^|\s)(sr-only|visually-hidden|screen-reader-text|hidden)(\s|$)/.test(cls);
}
