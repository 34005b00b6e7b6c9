/**
 * A note is a W3C Web Annotation (https://www.w3.org/TR/annotation-model/): a `TextualBody` holding the note, more
 * `TextualBody`s with purpose "tagging" for its tags, and a target on the article's page. The target's selectors
 * describe the annotated passage three ways, as the W3C model and Hypothesis mean them, over the text content of
 * the page's body (every text node, in document order): by its text with some context (`TextQuoteSelector`), by
 * its offsets in that text (`TextPositionSelector`), and by the elements it starts and ends in with offsets into
 * their text (`RangeSelector` of `XPathSelector`s). A note without selectors is a note on the whole article.
 *
 * Notes are stored, sent and exported in exactly this shape, so an export is the stored notes plus a JSON-LD
 * context. A few properties are Glossa's own (declared in `ANNOTATION_CONTEXT`): the page's title, the speaker of
 * the annotated quotation, what a citation of the page needs (outlet, author, date, language), and, on notes taken
 * before notes were anchored on the whole page, their offsets in Glossa's article text.
 */

export const GLOSSA_NAMESPACE = 'https://glossa-reader.org/ns#';

/** The JSON-LD context of an exported note or collection: the Web Annotation vocabulary plus Glossa's two terms. */
export const ANNOTATION_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  {
    glossa: GLOSSA_NAMESPACE,
    pageTitle: 'glossa:pageTitle',
    speaker: 'glossa:speaker',
    citation: 'glossa:citation',
    outlet: 'glossa:outlet',
    author: 'glossa:author',
    published: 'glossa:published',
    lang: 'glossa:lang',
    dir: 'glossa:dir',
    articlePosition: 'glossa:articlePosition',
  },
] as const;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The annotated text itself. */
  exact: string;
  /** Up to `CONTEXT_CHARS` characters of the page's text before and after it (shorter at the text's ends). */
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** UTF-16 offsets into the text content of the page's body, end exclusive. */
  start: number;
  end: number;
}

/** An element, by a path of `/name[n]` steps from the document (`/html[1]/body[1]/main[1]/p[3]`), and a point in its
 *  text: `refinedBy` counts characters of the element's text content (start and end equal). */
export interface XPathSelector {
  type: 'XPathSelector';
  value: string;
  refinedBy: TextPositionSelector;
}

/** The passage from the point `startSelector` names up to the point `endSelector` names. */
export interface RangeSelector {
  type: 'RangeSelector';
  startSelector: XPathSelector;
  endSelector: XPathSelector;
}

export type Selector = TextQuoteSelector | TextPositionSelector | RangeSelector;

/** What a citation of the page needs beside its title and address: read from its metadata when the note is taken. */
export interface CitationFacts {
  /** The publication: og:site_name, else the JSON-LD publisher's name. */
  outlet?: string;
  /** The article's author, as its byline names them. */
  author?: string;
  /** When the article was published, as the page says it (an ISO 8601 date or time). */
  published?: string;
  /** The article's language (BCP 47) and direction. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  /** "commenting" for the note's text (exactly one per note), "tagging" for each tag. */
  purpose: 'commenting' | 'tagging';
  format: 'text/plain';
}

export interface NoteTarget {
  /** The page's address: its canonical link when it has one on the same site, without tracking parameters or
   *  fragment (see `pageAddress`). */
  source: string;
  /** Absent for a note on the whole article. */
  selector?: Selector[];
  /** Notes taken before version 3 of the notes database counted offsets in Glossa's article text, which other tools
   *  cannot read: the upgrade kept them here, and the note's page converts them to a `TextPositionSelector` and a
   *  `RangeSelector` the first time it finds the passage there (see entrypoints/overlay/anchor-notes.ts). */
  articlePosition?: { start: number; end: number };
}

export interface Note {
  /** A `urn:uuid:` for notes made here; any IRI for imported ones. */
  id: string;
  type: 'Annotation';
  motivation: 'commenting';
  /** ISO 8601 times. */
  created: string;
  modified: string;
  body: TextualBody[];
  target: NoteTarget;
  /** The page's title when the note was taken. */
  pageTitle: string;
  /** The speaker of the annotated quotation, when the note is on one and its speaker is known. */
  speaker?: string;
  /** Who wrote the note, when known (an imported annotation may say). */
  creator?: Creator;
  /** What a citation of the note's passage needs, when its page gave it. */
  citation?: CitationFacts;
}

/** The author of an annotation, as the W3C model writes one. */
export interface Creator {
  type: 'Person';
  /** An IRI for them (Hypothesis: `acct:name@hypothes.is`). */
  id?: string;
  name?: string;
}

/** How many characters of context a `TextQuoteSelector` keeps on each side. */
export const CONTEXT_CHARS = 32;

export function noteText(note: Note): string {
  return note.body.find((b) => b.purpose === 'commenting')?.value ?? '';
}

export function noteTags(note: Note): string[] {
  return note.body.filter((b) => b.purpose === 'tagging').map((b) => b.value);
}

export function quoteSelectorOf(note: Note): TextQuoteSelector | undefined {
  return note.target.selector?.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

export function positionSelectorOf(note: Note): TextPositionSelector | undefined {
  return note.target.selector?.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/**
 * A note as it was stored before version 3 of the notes database, in the shape of version 3. Its
 * `TextPositionSelector` counted characters of Glossa's article text, which means nothing to other tools and moves
 * whenever the extraction changes: it is set aside as `articlePosition` (the note's page later converts it, see
 * `NoteTarget.articlePosition`), and the note is found by its quotation meanwhile. A note with no quotation came from
 * another tool's file, whose positions count the page's text as the W3C model does: it is kept as it is.
 */
export function upgradeSelectors(note: Note): Note {
  const selectors = note.target.selector;
  const position = positionSelectorOf(note);
  if (!selectors || !position || !quoteSelectorOf(note) || note.target.articlePosition) return note;
  return {
    ...note,
    target: {
      ...note.target,
      selector: selectors.filter((s) => s !== position),
      articlePosition: { start: position.start, end: position.end },
    },
  };
}

/** A note's quotation as a person reads it: white space as one space, none at the ends. */
export function passageText(exact: string): string {
  return exact.replace(/\s+/g, ' ').trim();
}

/** The body of a note with this text and these tags (tags trimmed, empty and repeated ones dropped). */
export function noteBody(text: string, tags: readonly string[]): TextualBody[] {
  const unique = [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
  return [
    { type: 'TextualBody', value: text, purpose: 'commenting', format: 'text/plain' },
    ...unique.map((value): TextualBody => ({ type: 'TextualBody', value, purpose: 'tagging', format: 'text/plain' })),
  ];
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** An ISO 8601 time as notes keep them: date, time and time zone. */
export function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

function isOffsetPair(value: unknown): value is { start: number; end: number } {
  if (!value || typeof value !== 'object') return false;
  const { start, end } = value as Record<string, unknown>;
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) >= (start as number);
}

/** A path of `/name[n]` steps, the only XPaths Glossa writes or follows. */
export const SIMPLE_XPATH = /^(\/[A-Za-z][\w.-]*(\[[1-9]\d*\])?)+$/;

function isXPathSelector(value: unknown): value is XPathSelector {
  if (!value || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  const refined = s.refinedBy as Record<string, unknown> | undefined;
  return s.type === 'XPathSelector' && typeof s.value === 'string' && SIMPLE_XPATH.test(s.value) &&
    refined?.type === 'TextPositionSelector' && isOffsetPair(refined);
}

export function isSelector(value: unknown): value is Selector {
  if (!value || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  if (s.type === 'TextQuoteSelector') return typeof s.exact === 'string' && s.exact.length > 0 && typeof s.prefix === 'string' && typeof s.suffix === 'string';
  if (s.type === 'TextPositionSelector') return isOffsetPair(s);
  if (s.type === 'RangeSelector') return isXPathSelector(s.startSelector) && isXPathSelector(s.endSelector);
  return false;
}

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

export function isCitationFacts(value: unknown): value is CitationFacts {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return optionalString(c.outlet) && optionalString(c.author) && optionalString(c.published) && optionalString(c.lang) &&
    (c.dir === undefined || c.dir === 'ltr' || c.dir === 'rtl');
}

function isCreator(value: unknown): value is Creator {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return c.type === 'Person' && optionalString(c.id) && optionalString(c.name);
}

function isTarget(value: unknown): value is NoteTarget {
  if (!value || typeof value !== 'object') return false;
  const target = value as Record<string, unknown>;
  return typeof target.source === 'string' && /^https?:\/\//.test(target.source) &&
    (target.selector === undefined || (Array.isArray(target.selector) && target.selector.length > 0 && target.selector.every(isSelector))) &&
    (target.articlePosition === undefined || isOffsetPair(target.articlePosition));
}

function isBody(value: unknown): value is TextualBody {
  if (!value || typeof value !== 'object') return false;
  const b = value as Record<string, unknown>;
  return b.type === 'TextualBody' && typeof b.value === 'string' && (b.purpose === 'commenting' || b.purpose === 'tagging') && b.format === 'text/plain';
}

/** Whether a value is a note in exactly the shape Glossa writes (a stored record is checked before it is used). */
export function isNote(value: unknown): value is Note {
  if (!value || typeof value !== 'object') return false;
  const n = value as Record<string, unknown>;
  return (
    typeof n.id === 'string' && n.id.length > 0 &&
    n.type === 'Annotation' && n.motivation === 'commenting' &&
    isIsoTime(n.created) && isIsoTime(n.modified) &&
    Array.isArray(n.body) && n.body.every(isBody) && n.body.filter((b) => b.purpose === 'commenting').length === 1 &&
    isTarget(n.target) &&
    typeof n.pageTitle === 'string' &&
    optionalString(n.speaker) &&
    (n.creator === undefined || isCreator(n.creator)) &&
    (n.citation === undefined || isCitationFacts(n.citation))
  );
}
