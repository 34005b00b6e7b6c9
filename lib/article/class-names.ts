/**
 * The vocabulary of class names and ids, in one place: the words that name page furniture, the article's text, its
 * lead, and what is hidden. Three ways of matching read it, each as its stage needs:
 * - whole words, where "-", "_" and camelCase humps separate words (`nameWords`): page furniture (./boilerplate);
 * - parts of a name in any case, as Readability matches them ("commentlist", "navbar"): container scores
 *   (./extract), with a few of the words;
 * - a CSS attribute selector: the comments a byline is not looked for in (./metadata).
 */

/** Words that name page furniture. */
export const FURNITURE_WORDS = [
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
/** Furniture names written in several words: "most-read", "readMore", "ad_slot". */
export const FURNITURE_COMPOUNDS = ['mostread', 'readmore', 'adslot'];
/** Names only furniture has: it takes most of the page's text under them to make them the article. */
export const NAMED_FURNITURE_WORDS = [
  'comment', 'comments', 'disqus', 'related', 'sidebar', 'footer', 'newsletter', 'cookie', 'cookies', 'consent', 'gdpr',
  'breadcrumb', 'breadcrumbs', 'navbar', 'navigation', 'outbrain', 'taboola', 'recommendations',
];
/** Words that name the article's text. */
export const CONTENT_WORDS = ['article', 'body', 'content', 'main', 'story', 'entry', 'post', 'text', 'prose', 'blog', 'column'];
/** A name that ends in one of these names what the author set into the article (a "social-media-embed" post). */
export const EMBED_WORDS = ['embed', 'embedded'];
/** Words that name the lead of an article on many sites (German "Teaser", "article-teaser", "teaser-text"), and a
 *  teaser of another article elsewhere. */
export const LEAD_WORDS = ['teaser', 'intro'];
/** Classes that hide an element from every reader but screen readers, or from all. */
export const HIDING_CLASSES = ['sr-only', 'visually-hidden', 'screen-reader-text', 'hidden'];

/** Splits "related-news__title", "mostRead" and "ad_slot" into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The parts of a name that raise a container's score (content words) or lower it (furniture words), matched anywhere
 *  in its class and id. */
const CONTENT_CONTAINER_PARTS = ['article', 'body', 'content', 'entry', 'main', 'story', 'text', 'post', 'prose'];
const FURNITURE_CONTAINER_PARTS = ['comment', 'sidebar', 'related', 'footer', 'share', 'promo', 'nav', 'menu', 'widget', 'teaser', 'meta'];
export const CONTENT_CONTAINER_NAME = new RegExp(CONTENT_CONTAINER_PARTS.join('|'), 'i');
export const FURNITURE_CONTAINER_NAME = new RegExp(FURNITURE_CONTAINER_PARTS.join('|'), 'i');

/** Elements whose class or id holds "comment": a reader's comments, where no byline of the article stands. */
export const COMMENTS_SELECTOR = ['class', 'id'].map((attribute) => `[${attribute}*="comment" i]`).join(', ');
