/**
 * Hypothesis's annotations (https://h.readthedocs.io/en/latest/api-reference/, the client's export file), read as the
 * W3C Web Annotations they stand for, so that one reader (./exchange.ts) checks both. A Hypothesis annotation has
 * `uri`, `text` (Markdown, kept as the note's text), `tags`, `user`, `created`, `updated`, `document.title`, and
 * `target[].selector` with a `RangeSelector` of its own shape (XPaths from the body, and offsets into the text of
 * their elements), a `TextPositionSelector` and a `TextQuoteSelector` over the body's text, as Glossa's.
 */

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a JSON value is an annotation as Hypothesis's API and its export write one (it has no `type`). */
export function isHypothesisAnnotation(value: unknown): boolean {
  return isObject(value) && value.type === undefined && typeof value.uri === 'string' && Array.isArray(value.target);
}

/** The annotations of a Hypothesis file: an export (`annotations`), a search result (`rows`), or null. */
export function hypothesisItems(json: unknown): unknown[] | null {
  if (!isObject(json)) return null;
  const items = json.annotations ?? json.rows;
  return Array.isArray(items) && items.some((item) => isHypothesisAnnotation(item)) ? items : null;
}

/** Whether a Hypothesis annotation is a reply in a conversation about another one (it has no passage of its own). */
export function isHypothesisReply(annotation: JsonObject): boolean {
  return Array.isArray(annotation.references) && annotation.references.length > 0;
}

/** A Hypothesis annotation as a W3C Web Annotation, Hypothesis's fields under their W3C names. */
export function annotationOfHypothesis(annotation: JsonObject): JsonObject {
  const { id, links, text, tags, user, created, updated } = annotation;
  const link = isObject(links) && typeof links.html === 'string' ? links.html : null;
  const target = (annotation.target as unknown[]).find(isObject);
  const title = isObject(annotation.document) ? [annotation.document.title].flat()[0] : undefined;
  const displayName = isObject(annotation.user_info) ? annotation.user_info.display_name : undefined;
  return {
    type: 'Annotation',
    ...(link || typeof id === 'string' ? { id: link ?? `https://hypothes.is/a/${id}` } : {}),
    motivation: 'commenting',
    ...(created !== undefined ? { created } : {}),
    ...(updated !== undefined ? { modified: updated } : {}),
    body: [
      ...(typeof text === 'string' && text ? [{ type: 'TextualBody', value: text, purpose: 'commenting' }] : []),
      ...(Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string').map((value) => ({ type: 'TextualBody', value, purpose: 'tagging' })) : []),
    ],
    target: {
      source: target && typeof target.source === 'string' ? target.source : annotation.uri,
      ...(target && Array.isArray(target.selector) ? { selector: target.selector.map(w3cSelector) } : {}),
    },
    ...(typeof user === 'string' ? { creator: { type: 'Person', id: user, ...(typeof displayName === 'string' ? { name: displayName } : {}) } } : {}),
    ...(typeof title === 'string' ? { pageTitle: title } : {}),
  };
}

/** Hypothesis's `RangeSelector` (XPaths from the body, with offsets) as the W3C model's, of `XPathSelector`s from the
 *  document; every other selector as it is. */
function w3cSelector(selector: unknown): unknown {
  if (!isObject(selector) || selector.type !== 'RangeSelector' || typeof selector.startContainer !== 'string') return selector;
  const point = (path: unknown, offset: unknown) => ({
    type: 'XPathSelector',
    value: `/html[1]/body[1]${typeof path === 'string' ? path : ''}`,
    refinedBy: { type: 'TextPositionSelector', start: offset, end: offset },
  });
  return {
    type: 'RangeSelector',
    startSelector: point(selector.startContainer, selector.startOffset),
    endSelector: point(selector.endContainer, selector.endOffset),
  };
}
