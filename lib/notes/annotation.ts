/**
 * A note is a W3C Web Annotation (https://www.w3.org/TR/annotation-model/): a `TextualBody` holding the note, more
 * `TextualBody`s with purpose "tagging" for its tags, and a target on the article's page. The target's selectors
 * describe the annotated passage twice, by its text with some context (`TextQuoteSelector`) and by its offsets in
 * the article text (`TextPositionSelector`); a note without selectors is a note on the whole article.
 *
 * Notes are stored, sent and exported in exactly this shape, so an export is the stored notes plus a JSON-LD
 * context. Two properties are Glossa's own (declared in `ANNOTATION_CONTEXT`): the page's title and the speaker of
 * the annotated quotation.
 */

export const GLOSSA_NAMESPACE = 'https://glossa-reader.org/ns#';

/** The JSON-LD context of an exported note or collection: the Web Annotation vocabulary plus Glossa's two terms. */
export const ANNOTATION_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  { glossa: GLOSSA_NAMESPACE, pageTitle: 'glossa:pageTitle', speaker: 'glossa:speaker' },
] as const;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The annotated text itself. */
  exact: string;
  /** Up to `CONTEXT_CHARS` characters of article text before and after it (shorter at the text's ends). */
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** UTF-16 offsets into the article text (`Analysis.text`), end exclusive. */
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

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

function isSelector(value: unknown): value is Selector {
  if (!value || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  if (s.type === 'TextQuoteSelector') return typeof s.exact === 'string' && s.exact.length > 0 && typeof s.prefix === 'string' && typeof s.suffix === 'string';
  if (s.type === 'TextPositionSelector') return Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) >= 0 && (s.end as number) >= (s.start as number);
  return false;
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
  const target = n.target as Record<string, unknown> | undefined;
  return (
    typeof n.id === 'string' && n.id.length > 0 &&
    n.type === 'Annotation' && n.motivation === 'commenting' &&
    isIsoTime(n.created) && isIsoTime(n.modified) &&
    Array.isArray(n.body) && n.body.every(isBody) && n.body.filter((b) => b.purpose === 'commenting').length === 1 &&
    !!target && typeof target === 'object' && typeof target.source === 'string' && /^https?:\/\//.test(target.source) &&
    (target.selector === undefined || (Array.isArray(target.selector) && target.selector.length > 0 && target.selector.every(isSelector))) &&
    typeof n.pageTitle === 'string' &&
    (n.speaker === undefined || typeof n.speaker === 'string')
  );
}
