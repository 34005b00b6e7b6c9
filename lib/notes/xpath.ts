/**
 * XPaths of the one simple form annotation tools write (Hypothesis, and the W3C model's `XPathSelector`): a path of
 * `/name[n]` steps, each the n-th child element of that name, from the document (`/html[1]/body[1]/main[1]/p[3]`).
 * Followed by walking children, not by `document.evaluate`, so that it works alike in every DOM and cannot be made
 * to run an expression of the page's choosing.
 */
import { SIMPLE_XPATH } from './annotation';

/** The name of an element in a path step: its local name, in lower case for HTML. */
function stepName(element: Element): string {
  return element.localName.toLowerCase();
}

/** The path of an element from its document. */
export function xpathOf(element: Element): string {
  const steps: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    let position = 1;
    const name = stepName(node);
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (stepName(sibling) === name) position++;
    }
    steps.push(`${name}[${position}]`);
  }
  return `/${steps.reverse().join('/')}`;
}

/** The element a path leads to from `doc`, or null when there is none (or the path is not of the simple form). */
export function elementAtXPath(doc: Document, path: string): Element | null {
  if (!SIMPLE_XPATH.test(path)) return null;
  let parent: Document | Element = doc;
  for (const step of path.slice(1).split('/')) {
    const bracket = step.indexOf('[');
    const name = (bracket < 0 ? step : step.slice(0, bracket)).toLowerCase();
    let wanted = bracket < 0 ? 1 : Number(step.slice(bracket + 1, -1));
    let found: Element | null = null;
    for (let child: Element | null = parent.firstElementChild; child && !found; child = child.nextElementSibling) {
      if (stepName(child) === name && --wanted === 0) found = child;
    }
    if (!found) return null;
    parent = found;
  }
  return parent === doc ? null : (parent as Element);
}
