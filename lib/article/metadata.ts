/** What the page says about itself: title, byline, language, type; read from meta tags, JSON-LD and the markup. */
import { fold, squeezeSpaces } from '../text/fold';
import { isFurniture } from './boilerplate';
import { COMMENTS_SELECTOR } from './class-names';

export interface PageMetadata {
  /** og:title, twitter:title or JSON-LD headline. */
  metaTitle: string | null;
  documentTitle: string;
  siteName: string | null;
  /** The publisher's name in the page's JSON-LD (an article's `publisher`). */
  publisher: string | null;
  /** When the article was published, as the page gives it: JSON-LD `datePublished`, else article:published_time. */
  published: string | null;
  byline: string | null;
  /** The language the markup claims, or null. */
  markupLang: string | null;
  /** The page calls itself an article (og:type article, a JSON-LD Article type). */
  declaredArticle: boolean;
  /** The page calls itself a listing in its JSON-LD: a search results page, a collection, a list of items. (og:type
   *  "website" says nothing of the kind: many sites give it to every page, their articles included.) */
  declaredListing: boolean;
}

const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|LiveBlogPosting|BackgroundNewsArticle)$/;
// Not WebSite: a page's JSON-LD names the site it belongs to, whatever the page is.
const LISTING_TYPES = /^(CollectionPage|SearchResultsPage|ItemList|SiteNavigationElement)$/;

/**
 * The page's <meta> tags, read in one pass: for each property or name, the first tag with it, as
 * `meta[property="…"], meta[name="…"]` would find it.
 */
class MetaTags {
  private readonly byKey = new Map<string, Element>();
  /** The first <meta http-equiv="content-language"> (any case). */
  readonly contentLanguage: Element | null = null;

  constructor(metas: readonly Element[]) {
    for (const element of metas) {
      for (const key of [element.getAttribute('property'), element.getAttribute('name')]) {
        if (key !== null && !this.byKey.has(key)) this.byKey.set(key, element);
      }
      if (!this.contentLanguage && element.getAttribute('http-equiv')?.toLowerCase() === 'content-language') this.contentLanguage = element;
    }
  }

  /** The content of the first of `keys` whose tag has one, white space squeezed. */
  content(...keys: string[]): string | null {
    for (const key of keys) {
      const content = this.byKey.get(key)?.getAttribute('content');
      if (content && content.trim()) return squeezeSpaces(content);
    }
    return null;
  }
}

interface JsonLdFacts {
  types: string[];
  headline: string | null;
  authors: string[];
  publisher: string | null;
  published: string | null;
}

/** How deep a JSON-LD block is read: its facts stand near the top, and a page's block may nest without end. */
const MAX_JSON_LD_DEPTH = 6;

/** A JSON-LD value's name: the string itself, or the `name` of the object (a Person, an Organization). */
function nameOf(value: unknown): string | null {
  const name = value && typeof value === 'object' ? (value as Record<string, unknown>).name : value;
  return typeof name === 'string' && name.trim() ? squeezeSpaces(name) : null;
}

/** Facts from the page's JSON-LD blocks; a malformed block is skipped. */
function readJsonLd(scripts: readonly Element[]): JsonLdFacts {
  const facts: JsonLdFacts = { types: [], headline: null, authors: [], publisher: null, published: null };
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_JSON_LD_DEPTH || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach((n) => visit(n, depth + 1)); return; }
    const record = node as Record<string, unknown>;
    const type = record['@type'];
    const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
    facts.types.push(...types);
    if (types.some((t) => ARTICLE_TYPES.test(t))) {
      if (!facts.headline && typeof record.headline === 'string') facts.headline = squeezeSpaces(record.headline);
      const author = record.author;
      for (const a of Array.isArray(author) ? author : [author]) {
        if (typeof a === 'string') facts.authors.push(a);
        else if (a && typeof a === 'object' && typeof (a as Record<string, unknown>).name === 'string') {
          facts.authors.push((a as Record<string, string>).name);
        }
      }
      facts.publisher ??= nameOf([record.publisher].flat()[0]);
      if (!facts.published && typeof record.datePublished === 'string' && record.datePublished.trim()) facts.published = record.datePublished.trim();
    }
    if (record['@graph']) visit(record['@graph'], depth + 1);
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // Invalid JSON-LD is common on real pages: ignore it.
    }
  }
  return facts;
}

const BYLINE_PREFIX = /^(by|par|von|por|de|от|автор|بقلم|كتب|كتبه|نویسنده|מאת|作者|記者|记者)\s*[:：]?\s+/iu;

// Bylines often carry the date or the desk after a separator: "María José Soler · 11 de abril de 2024".
const LETTER = /\p{L}/u;
const BYLINE_PARTS = /\s+[·|•—–]\s+|\s*\|\s*/u;

/** A byline is a few names: a longer text is a biography or a sentence; one taken from an element marked as the
 *  author's has at most a few words. */
const MAX_BYLINE_CHARS = 100;
const MAX_MARKED_BYLINE_WORDS = 8;

function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const parts = squeezeSpaces(raw).split(BYLINE_PARTS).map((p) => p.replace(BYLINE_PREFIX, '').trim());
  const text = parts.find((p) => p && !/\d/.test(p)) ?? '';
  if (!text || text.length > MAX_BYLINE_CHARS || /^https?:/i.test(text) || !LETTER.test(text)) return null;
  return text;
}

function insideComments(element: Element): boolean {
  return !!element.closest(COMMENTS_SELECTOR);
}

/** Elements that may hold the byline, as sites mark it (a class "byline" is among the classes holding "byline"). */
const BYLINE_ELEMENTS = '[rel="author"], [itemprop="author"], .author, [class*="byline" i], [class*="author__name" i], [class*="author-name" i]';

function findByline(doc: Document, metas: MetaTags, jsonLdAuthors: string[]): string | null {
  const fromMeta = cleanByline(metas.content('author', 'article:author', 'byl', 'sailthru.author', 'parsely-author'));
  if (fromMeta) return fromMeta;
  const fromJsonLd = cleanByline(jsonLdAuthors.join(', '));
  if (fromJsonLd) return fromJsonLd;
  for (const element of Array.from(doc.querySelectorAll(BYLINE_ELEMENTS))) {
    if (insideComments(element)) continue;
    const named = element.querySelector('[itemprop="name"]') ?? element;
    const byline = cleanByline(named.textContent);
    if (byline && byline.split(/\s+/).length <= MAX_MARKED_BYLINE_WORDS) return byline;
  }
  return null;
}

function markupLanguage(doc: Document, metas: MetaTags): string | null {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    doc.body?.getAttribute('lang'),
    metas.contentLanguage?.getAttribute('content'),
    metas.content('og:locale', 'language', 'dc.language'),
  ];
  for (const c of candidates) if (c && /^[a-z]{2,3}([-_][a-z0-9]+)*$/i.test(c.trim())) return c.trim().toLowerCase();
  return null;
}

export function readMetadata(doc: Document): PageMetadata {
  // By tag name, not by a selector: linkedom compiles a selector at each query, which costs more than reading a
  // small page.
  const metaElements = Array.from(doc.getElementsByTagName('meta'));
  const jsonLdScripts = Array.from(doc.getElementsByTagName('script')).filter((script) => script.getAttribute('type') === 'application/ld+json');
  const metas = new MetaTags(metaElements);
  const jsonLd = readJsonLd(jsonLdScripts);
  const ogType = metas.content('og:type');
  return {
    metaTitle: metas.content('og:title', 'twitter:title') ?? jsonLd.headline,
    documentTitle: squeezeSpaces(doc.title ?? ''),
    siteName: metas.content('og:site_name', 'application-name'),
    publisher: jsonLd.publisher,
    published: jsonLd.published ?? metas.content('article:published_time', 'datePublished', 'date'),
    byline: findByline(doc, metas, jsonLd.authors),
    markupLang: markupLanguage(doc, metas),
    declaredArticle: /article/i.test(ogType ?? '') || jsonLd.types.some((t) => ARTICLE_TYPES.test(t)),
    declaredListing: jsonLd.types.some((t) => LISTING_TYPES.test(t)),
  };
}

const TITLE_SEPARATOR = /\s+[|\-–—:·•»«~/\\]\s+/u;

/** The document title without the site name: "Headline | Site" → "Headline". */
function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  const site = siteName ? fold(siteName) : null;
  const kept = site ? parts.filter((p) => fold(p) !== site) : parts;
  if (kept.length === 1) return kept[0];
  // Without a known site name, the headline is the longest part.
  return kept.reduce((a, b) => (b.length > a.length ? b : a));
}

const sameTitle = (a: string, b: string) => {
  const fa = fold(a);
  const fb = fold(b);
  return fa === fb || (fa.length > 10 && fb.includes(fa)) || (fb.length > 10 && fa.includes(fb));
};

/**
 * The article's title: the page's main heading when the page's own title agrees with it, else the declared title,
 * else the document title without the site name.
 */
export function chooseTitle(doc: Document, metadata: PageMetadata, articleRoot: Element | null): { title: string; heading: Element | null } {
  const scope = articleRoot?.getElementsByTagName('h1').length ? articleRoot : doc;
  const headings = Array.from(scope.getElementsByTagName('h1')).filter((h) => !isFurniture(h) && squeezeSpaces(h.textContent ?? ''));
  const declared = metadata.metaTitle ? stripSiteName(metadata.metaTitle, metadata.siteName) : null;
  const fromDocument = stripSiteName(metadata.documentTitle, metadata.siteName);
  for (const h of headings) {
    const text = squeezeSpaces(h.textContent ?? '');
    if ((declared && sameTitle(text, declared)) || sameTitle(text, fromDocument)) return { title: text, heading: h };
  }
  if (declared) return { title: declared, heading: null };
  if (headings.length === 1) return { title: squeezeSpaces(headings[0].textContent ?? ''), heading: headings[0] };
  return { title: fromDocument, heading: null };
}
