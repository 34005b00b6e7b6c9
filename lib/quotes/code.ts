/**
 * Quoted words that are code, not speech: text the page sets as code (<pre>, <code>, see ArticleBody.codeSpans),
 * and, in running text, an address, a file path, a key or an identifier in quotation marks ("https://…",
 * "/storage/notes/", "item_name", "charset=UTF-8"). Signs of no language: they hold in every one.
 */
import type { Span } from '../text/tokens';
import type { QuoteSpan } from './scan';

const CODE_SIGNS = {
  /** A scheme and its slashes, or a www. address. */
  address: /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/iu,
  /** A character of a path, a key or markup, which a single spoken word never holds. */
  tokenCharacter: /[/\\_=@#<>{}|]/u,
  /** Characters that join parts of a version, a host or a file name when a digit is among them ("draft-04"). */
  joinerWithDigit: /[.:-].*\p{N}|\p{N}.*[.:-]/u,
  /** Code in a phrase: braces, a tag or placeholder (not a story's «<<shout>>»), an assignment, a call, an arrow
   *  or a scope. */
  syntax: /[{}]|(?<!<)<\/?[\p{L}_][\p{L}\p{N}_-]*>(?!>)|[\p{L}\p{N}_]=[\p{L}\p{N}"'_]|[\p{L}\p{N}_]\(\)|=>|::|&&|\|\|/u,
  /** Code's syntax marks a phrase of at most this many words as code; a longer one is a sentence that merely holds
   *  some (a quotation may cite markup: "We will not close <img …> before …"). */
  maxSyntaxWords: 6,
};

/** `quoted` reads as code: an address, one token of a path or key, or a phrase with code's syntax. */
export function looksLikeCode(quoted: string): boolean {
  const text = quoted.trim();
  if (CODE_SIGNS.address.test(text)) return true;
  const words = text.split(/\s+/u).length;
  if (words <= CODE_SIGNS.maxSyntaxWords && CODE_SIGNS.syntax.test(text)) return true;
  const oneToken = words === 1;
  return oneToken && (CODE_SIGNS.tokenCharacter.test(text) || CODE_SIGNS.joinerWithDigit.test(text));
}

/** Some part of the quotation, marks included, lies where the page sets text as code (`codeSpans` in order). */
export function inCode(parts: readonly QuoteSpan[], codeSpans: readonly Span[]): boolean {
  return parts.some((part) => overlapsAny(part.outerStart, part.outerEnd, codeSpans));
}

function overlapsAny(start: number, end: number, spans: readonly Span[]): boolean {
  // The first span ending after `start`, by binary search.
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= start) low = mid + 1;
    else high = mid;
  }
  return low < spans.length && spans[low].start < end;
}
