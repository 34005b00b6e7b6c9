/**
 * Notes in and out of Glossa. An export is a W3C Web Annotation collection (JSON-LD) of the notes as they are
 * stored, or Markdown to read. An import reads a Web Annotation file, Glossa's own or another tool's, or a
 * Hypothesis export (./hypothesis.ts), and turns every annotation in it into a note of exactly Glossa's shape, or
 * rejects it with a reason a person can act on.
 */
import {
  ANNOTATION_CONTEXT,
  CONTEXT_CHARS,
  GLOSSA_NAMESPACE,
  isCitationFacts,
  isIsoTime,
  isNote,
  isSelector,
  noteBody,
  noteTags,
  noteText,
  quoteSelectorOf,
  SIMPLE_XPATH,
  type CitationFacts,
  type Creator,
  type Note,
  type NoteTarget,
  type RangeSelector,
  type Selector,
  type XPathSelector,
} from './annotation';
import { annotationOfHypothesis, hypothesisItems, isHypothesisAnnotation, isHypothesisReply } from './hypothesis';

/** Limits of an import. A file beyond the first two is refused whole; a note beyond the last two is rejected. */
export const MAX_FILE_CHARS = 20 * 1024 * 1024;
export const MAX_FILE_ANNOTATIONS = 10_000;
export const MAX_NOTE_CHARS = 100_000;
export const MAX_TAGS = 50;

// ── Export ──────────────────────────────────────────────────────────────────────────────────────────────────

export interface AnnotationPageDocument {
  type: 'AnnotationPage';
  startIndex: 0;
  items: Note[];
}

export interface AnnotationCollectionDocument {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: AnnotationPageDocument;
}

/** The notes as one W3C Web Annotation collection, with all its notes on its one page. */
export function annotationCollection(notes: readonly Note[], label: string): AnnotationCollectionDocument {
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: notes.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: [...notes] },
  };
}

/** The words the Markdown export puts before a note's speaker and tags, and in place of the quote of a note on
 *  the whole article (the caller's translation). */
export interface MarkdownLabels {
  speaker: string;
  tags: string;
  wholeArticle: string;
}

/**
 * The notes as Markdown: one section per article, the article with the newest note first, and in each section
 * its notes oldest first. Everything taken from pages or files (titles, quotes, speakers, notes, tags) is escaped
 * so that it shows as the plain text it is and can never become a link, a heading or HTML.
 */
export function notesMarkdown(notes: readonly Note[], labels: MarkdownLabels): string {
  const oldestFirst = [...notes].sort((a, b) => Date.parse(a.created) - Date.parse(b.created));
  const notesByArticle = new Map<string, Note[]>();
  for (const note of oldestFirst) {
    const articleNotes = notesByArticle.get(note.target.source);
    if (articleNotes) articleNotes.push(note);
    else notesByArticle.set(note.target.source, [note]);
  }
  const newestNoteOf = (articleNotes: Note[]) => Date.parse(articleNotes[articleNotes.length - 1].created);
  return [...notesByArticle.values()]
    .sort((a, b) => newestNoteOf(b) - newestNoteOf(a))
    .map((articleNotes) => `${articleMarkdown(articleNotes, labels)}\n`)
    .join('\n');
}

function articleMarkdown(notes: Note[], labels: MarkdownLabels): string {
  const { source } = notes[0].target;
  const title = inlineText(notes[notes.length - 1].pageTitle || source);
  const heading = isWebAddress(source) ? `## [${title}](${linkDestination(source)})` : `## ${title}`;
  return [heading, notes.map((note) => noteMarkdown(note, labels)).join('\n\n---\n\n')].join('\n\n');
}

function noteMarkdown(note: Note, labels: MarkdownLabels): string {
  const quote = quoteSelectorOf(note);
  const text = noteText(note);
  const tags = noteTags(note);
  // A passage known only by its offsets (an imported note) has no quote to show.
  const passage = quote ? textLines(quote.exact, '> ') : note.target.selector ? '' : `*${inlineText(labels.wholeArticle)}*`;
  const blocks = [
    passage,
    note.speaker ? `*${inlineText(labels.speaker)}:* ${inlineText(note.speaker)}` : '',
    text.trim() ? textLines(text, '') : '',
    tags.length ? `*${inlineText(labels.tags)}:* ${tags.map(inlineText).join(', ')}` : '',
  ];
  return blocks.filter(Boolean).join('\n\n');
}

/** Every character that can start or end Markdown syntax within a line: emphasis, code, links, HTML, entities,
 *  headings, tables, strikethrough, math. */
const MARKDOWN_INLINE = /[\\`*_[\]<>&#~|$]/g;
/** What makes a block of a line that starts with it: a list item ("-", "+", "1." or "1)"), a setext underline
 *  ("=" or "-") or a thematic break ("-"). The backslash goes before the mark: "\-", "1\.". */
const MARKDOWN_LINE_START = /^(\d+)?([-+=.)])/;
/** A backslash at the end of a line is a hard line break (CommonMark). */
const HARD_BREAK = '\\';

function escapeInline(text: string): string {
  return text.replace(MARKDOWN_INLINE, '\\$&');
}

/** Text for one line (a title, a speaker, a tag): white space collapsed, Markdown escaped. */
export function inlineText(text: string): string {
  return escapeInline(text.replace(/\s+/g, ' ').trim());
}

/** Text of several lines with each line's breaks kept, every line escaped and prefixed (with "> " in a quote).
 *  Lines are trimmed: leading spaces would make an indented code block. */
function textLines(text: string, prefix: string): string {
  const lines = text.trim().split(/\r\n?|\n/).map((line) => escapeInline(line.trim()).replace(MARKDOWN_LINE_START, '$1\\$2'));
  return lines.map((line, i) => prefix + line + (line && lines[i + 1] ? HARD_BREAK : '')).join('\n');
}

function isWebAddress(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\//i.test(value);
}

/** An address as a Markdown link destination: everything that could end the destination or the link, or that is
 *  not ASCII, percent-encoded. */
export function linkDestination(address: string): string {
  return address.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]/gu, (char) => {
    if (char.length === 1 && char >= '\ud800' && char <= '\udfff') return '%EF%BF%BD'; // a lone surrogate: U+FFFD
    if (char > '\x7f') return encodeURIComponent(char);
    return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  });
}

// ── Import ──────────────────────────────────────────────────────────────────────────────────────────────────

export interface RejectedAnnotation {
  /** The annotation's position in the file, from 0 (the reason counts from 1, for people). */
  index: number;
  /** The annotation's id, when it has one. */
  id?: string;
  /** A sentence for people, e.g. "item 3 (urn:x:1): its target is not a web page". */
  reason: string;
}

/** What a file holds: its notes and the annotations that could not be notes, or why the file cannot be read. */
export type AnnotationFileContents = { notes: Note[]; rejected: RejectedAnnotation[] } | { error: string };

export interface AnnotationFileOptions {
  /** An id for an annotation that has none. */
  newId(): string;
  /** The time (ISO 8601) to give an annotation that does not say when it was made. */
  now: string;
  /** The address notes on this page are filed under, or null when Glossa does not take notes on it. */
  address(url: string): string | null;
}

const EXPECTED_FILE =
  'Glossa imports W3C Web Annotation files (JSON-LD): an AnnotationCollection, an AnnotationPage, a list of annotations or a single Annotation; and Hypothesis exports.';

/** Reads a W3C Web Annotation file: an AnnotationCollection (Glossa's export, or another tool's), an
 *  AnnotationPage, a JSON array of annotations or a single Annotation. Annotations with the same id are merged. */
export function readAnnotationFile(fileText: string, options: AnnotationFileOptions): AnnotationFileContents {
  if (fileText.length > MAX_FILE_CHARS) {
    return { error: `This file is larger than ${MAX_FILE_CHARS / 1024 / 1024} MB, the most Glossa imports at once.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch {
    return { error: `This file is not JSON. ${EXPECTED_FILE}` };
  }
  const items = annotationItems(json);
  if (!items.some((item) => isAnnotation(item) || isHypothesisAnnotation(item))) {
    return { error: `This file has no annotations in it. ${EXPECTED_FILE}` };
  }
  if (items.length > MAX_FILE_ANNOTATIONS) {
    return { error: `This file has ${items.length} annotations; Glossa imports at most ${MAX_FILE_ANNOTATIONS} at once.` };
  }

  const notesById = new Map<string, Note>();
  const rejected: RejectedAnnotation[] = [];
  items.forEach((item, index) => {
    try {
      const note = noteFromAnnotation(item, options);
      const sameId = notesById.get(note.id);
      notesById.set(note.id, sameId ? mergeNotes(sameId, note) : note);
    } catch (error) {
      if (!(error instanceof Rejection)) throw error;
      const id = isObject(item) && typeof item.id === 'string' && item.id ? item.id : undefined;
      const reason = `item ${index + 1}${id ? ` (${shortened(id)})` : ''}: ${error.message}`;
      rejected.push(id ? { index, id, reason } : { index, reason });
    }
  });
  return { notes: [...notesById.values()], rejected };
}

/**
 * Two versions of the same note (same id) as one: the text, target, page title and speaker of the one modified
 * last (the one already there when both were modified at the same time), the tags of both, the earliest creation
 * time and the latest modification time.
 */
export function mergeNotes(existing: Note, incoming: Note): Note {
  const latest = Date.parse(incoming.modified) > Date.parse(existing.modified) ? incoming : existing;
  return {
    ...latest,
    body: noteBody(noteText(latest), [...noteTags(existing), ...noteTags(incoming)]),
    created: Date.parse(incoming.created) < Date.parse(existing.created) ? incoming.created : existing.created,
  };
}

/** Why one annotation of a file cannot be a note: thrown while reading it, caught for its report. */
class Rejection extends Error {}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a JSON-LD object has this type (its `type` is a string or a list of them). */
function hasType(value: JsonObject, type: string): boolean {
  return value.type === type || (Array.isArray(value.type) && value.type.includes(type));
}

function isAnnotation(value: unknown): value is JsonObject {
  return isObject(value) && hasType(value, 'Annotation');
}

/** The items a file's JSON holds: the annotations, if it is a file of annotations. */
function annotationItems(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) return [];
  if (hasType(json, 'Annotation') || isHypothesisAnnotation(json)) return [json];
  const fromHypothesis = hypothesisItems(json);
  if (fromHypothesis) return fromHypothesis;
  if (hasType(json, 'AnnotationPage')) return Array.isArray(json.items) ? json.items : [];
  if (hasType(json, 'AnnotationCollection')) {
    const { first } = json;
    const items = Array.isArray(first) ? first : isObject(first) ? first.items : json.items;
    return Array.isArray(items) ? items : [];
  }
  return [];
}

function noteFromAnnotation(given: unknown, options: AnnotationFileOptions): Note {
  const fromHypothesis = isHypothesisAnnotation(given);
  if (fromHypothesis && isHypothesisReply(given as JsonObject)) throw new Rejection('it is a reply to another annotation, not a note on the page');
  const item = fromHypothesis ? annotationOfHypothesis(given as JsonObject) : given;
  if (!isAnnotation(item)) throw new Rejection('it is not an annotation');
  const target = readTarget(item.target, options.address);
  const { text, tags } = readBodies(item);
  if (text.length > MAX_NOTE_CHARS) throw new Rejection(`its text is longer than ${MAX_NOTE_CHARS} characters`);
  const body = noteBody(text, tags);
  const tagCount = body.length - 1;
  if (tagCount > MAX_TAGS) throw new Rejection(`it has ${tagCount} tags, more than the ${MAX_TAGS} a note may have`);
  // A note without text or tags still marks a passage (a highlight); on the whole article it would say nothing.
  if (!text && !tagCount && !target.selector) throw new Rejection('it has no text, no tags and no passage of the page');
  const created = readTime(item.created, 'creation time') ?? options.now;
  const modified = readTime(item.modified, 'modification time') ?? created;
  const pageTitle = readGlossaTerm(item, 'pageTitle');
  const speaker = readGlossaTerm(item, 'speaker');
  const creator = readCreator(item.creator);
  const citation = readGlossaTerm(item, 'citation');
  const note: Note = {
    id: typeof item.id === 'string' && item.id ? item.id : options.newId(),
    type: 'Annotation',
    motivation: 'commenting',
    created,
    modified,
    body,
    target,
    pageTitle: typeof pageTitle === 'string' ? pageTitle : target.source,
    ...(typeof speaker === 'string' ? { speaker } : {}),
    ...(creator ? { creator } : {}),
    ...(isCitationFacts(citation) ? { citation: citation as CitationFacts } : {}),
  };
  // The checks above cover what a file can get wrong; this one also covers what `options` returned.
  if (!isNote(note)) throw new Rejection('it cannot be made into a Glossa note');
  return note;
}

/** The note's text (its text bodies, joined by a blank line) and its tags (its bodies with purpose "tagging"). */
function readBodies(item: JsonObject): { text: string; tags: string[] } {
  const texts = typeof item.bodyValue === 'string' ? [item.bodyValue] : [];
  const tags: string[] = [];
  // Bodies that are not text (an image, a link to another resource) are not kept.
  for (const body of [item.body].flat()) {
    if (!isObject(body) || typeof body.value !== 'string') continue;
    if (body.type !== undefined && !hasType(body, 'TextualBody')) continue;
    const purposes = [body.purpose].flat();
    (purposes.includes('tagging') ? tags : texts).push(body.value);
  }
  return { text: texts.filter(Boolean).join('\n\n'), tags };
}

/** The note's target: the first web page among the annotation's targets, with the selectors Glossa can anchor. */
function readTarget(value: unknown, address: AnnotationFileOptions['address']): NoteTarget {
  if (value === undefined || value === null) throw new Rejection('it has no target');
  const target = Array.isArray(value) ? value.find((t) => isWebAddress(sourceOf(t))) : value;
  const source = sourceOf(target);
  const filedUnder = isWebAddress(source) ? address(source) : null;
  if (!filedUnder) throw new Rejection('its target is not a web page');
  const selector = readSelectors(isObject(target) ? target.selector : undefined);
  const articlePosition = isObject(target) ? readGlossaTerm(target, 'articlePosition') : undefined;
  return {
    source: filedUnder,
    ...(selector ? { selector } : {}),
    // A note Glossa exported before its page converted it keeps its old offsets (see NoteTarget.articlePosition).
    ...(selector && isOffsets(articlePosition) ? { articlePosition: { start: articlePosition.start, end: articlePosition.end } } : {}),
  };
}

function isOffsets(value: unknown): value is { start: number; end: number } {
  return isObject(value) && isOffset(value.start) && isOffset(value.end) && value.end >= value.start;
}

/** The address of a target: an address itself, or a part of a resource (its `source`), or a resource (its `id`). */
function sourceOf(target: unknown): unknown {
  return isObject(target) ? sourceOf(target.source ?? target.id) : target;
}

/** The selectors Glossa can anchor, undefined when there are none at all (a note on the whole article). */
function readSelectors(value: unknown): Selector[] | undefined {
  const given = [value].flat().filter((selector) => selector !== undefined && selector !== null);
  if (!given.length) return undefined;
  const usable = given.map(readSelector).filter((selector): selector is Selector => selector !== null);
  if (usable.length) return usable;
  const types = [...new Set(given.map((selector) => (isObject(selector) && typeof selector.type === 'string' ? selector.type : '?')))];
  throw new Rejection(
    `Glossa cannot find its passage: it has no complete TextQuoteSelector, TextPositionSelector or RangeSelector of XPaths (it has ${shortened(types.join(', '))})`,
  );
}

function readSelector(value: unknown): Selector | null {
  if (!isObject(value)) return null;
  if (value.type === 'TextQuoteSelector') {
    const { exact, prefix = '', suffix = '' } = value;
    if (typeof exact !== 'string' || !exact || typeof prefix !== 'string' || typeof suffix !== 'string') return null;
    return { type: 'TextQuoteSelector', exact, prefix: prefix.slice(-CONTEXT_CHARS), suffix: suffix.slice(0, CONTEXT_CHARS) };
  }
  if (value.type === 'TextPositionSelector') {
    const { start, end } = value;
    if (!isOffset(start) || !isOffset(end) || end < start) return null;
    return { type: 'TextPositionSelector', start, end };
  }
  if (value.type === 'RangeSelector') {
    const startSelector = readXPathPoint(value.startSelector);
    const endSelector = readXPathPoint(value.endSelector);
    const range: RangeSelector = { type: 'RangeSelector', startSelector: startSelector!, endSelector: endSelector! };
    return startSelector && endSelector && isSelector(range) ? range : null;
  }
  return null;
}

/** A point of a range: an element by a simple XPath, at an offset into its text (its start when none is given). */
function readXPathPoint(value: unknown): XPathSelector | null {
  if (!isObject(value) || value.type !== 'XPathSelector' || typeof value.value !== 'string' || !SIMPLE_XPATH.test(value.value)) return null;
  const refined = value.refinedBy;
  const offset = refined === undefined ? 0 : isObject(refined) && refined.type === 'TextPositionSelector' ? refined.start : null;
  if (!isOffset(offset)) return null;
  return { type: 'XPathSelector', value: value.value, refinedBy: { type: 'TextPositionSelector', start: offset, end: offset } };
}

/** An annotation's author: an IRI, or a person (or software) with an id or a name. */
function readCreator(value: unknown): Creator | undefined {
  const creator = [value].flat()[0];
  if (typeof creator === 'string' && creator) return { type: 'Person', id: shortened(creator) };
  if (!isObject(creator)) return undefined;
  const id = typeof creator.id === 'string' && creator.id ? shortened(creator.id) : undefined;
  const name = [creator.name, creator.nickname].find((n): n is string => typeof n === 'string' && n.trim() !== '');
  if (!id && !name) return undefined;
  return { type: 'Person', ...(id ? { id } : {}), ...(name ? { name: shortened(name) } : {}) };
}

function isOffset(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** An annotation's time as it is, undefined when it has none; a time that is not one rejects the annotation. */
function readTime(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (isIsoTime(value)) return value;
  throw new Rejection(`its ${what} ${shortened(JSON.stringify(value))} is not an ISO 8601 time with a time zone`);
}

/** One of Glossa's own properties, under any of the names JSON-LD allows for it. */
function readGlossaTerm(item: JsonObject, term: 'pageTitle' | 'speaker' | 'citation' | 'articlePosition'): unknown {
  const names = [term, `glossa:${term}`, `${GLOSSA_NAMESPACE}${term}`];
  return names.map((name) => item[name]).find((value) => value !== undefined);
}

/** A string from a file, cut to a length that fits in a sentence. */
function shortened(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
