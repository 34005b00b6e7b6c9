/**
 * HTML parsed as a browser parses it, into a DOM the engine can read in Node. linkedom builds its tree with
 * htmlparser2, which does not follow the HTML standard's tree construction: markup before <html> (a PHP warning,
 * a <script> or <meta> tags written before the doctype), a page without <html> or <body> tags, or a stray element
 * between head and body leave it with no body or an empty one, so the command line read no article where a browser
 * shows one (13 of the 490 pages of trafilatura's development half). Such a tree is built again by parse5 (the
 * standard's algorithm, jsdom's parser), and linkedom reads back its well-formed serialisation. A well-formed page
 * is read by linkedom alone: parse5 and the second reading cost more than the analysis itself on a large page.
 */
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

export function parseDocument(html: string): Document {
  const document = parseHTML(html).document as unknown as Document;
  if (isWellFormed(document)) return document;
  let standard: string;
  try {
    standard = serialize(parse(html));
  } catch (error) {
    // parse5's serialiser recurses once per level: a tree thousands of elements deep (which a browser's parser
    // flattens past a few hundred levels) overflows the stack, and linkedom's reading stands.
    if (!(error instanceof RangeError)) throw error;
    return document;
  }
  return parseHTML(standard).document as unknown as Document;
}

/** One <html> holding one <body>, as the standard's tree construction always makes. */
function isWellFormed(document: Document): boolean {
  const root = document.documentElement;
  return (
    root?.localName === 'html' &&
    document.body?.parentNode === root &&
    document.getElementsByTagName('html').length === 1 &&
    document.getElementsByTagName('body').length === 1
  );
}
