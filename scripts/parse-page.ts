/**
 * HTML parsed as a browser parses it, into a DOM the engine can read in Node. linkedom alone builds its tree with
 * htmlparser2, which does not follow the HTML standard's tree construction: markup before <html> (a PHP warning,
 * a <script> or <meta> tags written before the doctype), a page without <html> or <body> tags, or a stray element
 * between head and body leave it with an empty body, so the command line read no article where a browser shows
 * one (13 of the 490 pages of trafilatura's development half). parse5 (the standard's algorithm, jsdom's parser)
 * builds the tree, and linkedom reads back its well-formed serialisation.
 */
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

export function parseDocument(html: string): Document {
  let standard: string;
  try {
    standard = serialize(parse(html));
  } catch (error) {
    // parse5's serialiser recurses once per level: a tree thousands of elements deep (which a browser's parser
    // flattens past a few hundred levels) overflows the stack, and linkedom reads the page as it is.
    if (!(error instanceof RangeError)) throw error;
    standard = html;
  }
  return parseHTML(standard).document as unknown as Document;
}
