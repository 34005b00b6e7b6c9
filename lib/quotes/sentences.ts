/**
 * The sentences of an article as attribution reads them: never cut inside a quotation nor after an honorific or an
 * initial, and cut after a quotation that ends its own sentence inside its marks.
 */
import type { Lexicon } from './lexicon';
import { ENDS_WITH_STOP, STOP_TOKEN } from '../text/sentence-ends';
import { startsCountedWord, tokenAt, type Token } from '../text/tokens';
import type { QuoteSpan } from './scan';
import { CAPITAL, COMMA, INITIALS } from './mentions';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  paragraphStart: number;
}

/** Words after a quotation within which its verb of saying is looked for ('"…," the county's deputy fire Chief Ana Lopez said'). */
export const RIGHT_REACH = 10;
const QUOTE_MARK = /^["“”«»„‚‘’'「」『』‹›״]$/u;
/** Written once here, not inline: a build for engines whose Unicode version it cannot know (tsx, Vite) turns every
 *  literal with \p{…} into a `new RegExp` made again at each call. */
const LETTER = /\p{L}/u;
const CAPITAL_LETTER = /^\p{Lu}$/u;
/** Initials with points between them, the last point cut off as a token of its own: "D.C", "U.S". */
const DOTTED_INITIALS = /^\p{Lu}(\.\p{Lu})+$/u;
const COLON = /^[:：]$/u;

export class SentenceReader {
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly lexicon: Lexicon,
    /** The verb of saying at a token, if any (see `SubjectReader.verbAt`). */
    private readonly verbAt: (i: number) => unknown,
  ) {}

  /**
   * Sentences of the text, never cut inside a quotation nor after an honorific or an initial ("Dr.", "M.", "J.");
   * a quotation that ends its own sentence inside its marks ("… allemal.“ Die Ministerin …") ends the sentence
   * when a new one starts after it.
   */
  sentences(spans: readonly QuoteSpan[], paragraphs: readonly Span[]): Sentence[] {
    const out: Sentence[] = [];
    let q = 0;
    for (const p of paragraphs) {
      let start = p.start;
      // (A quotation closing the paragraph before is cut there, and never moves this paragraph's start back.)
      const cut = (end: number) => {
        if (end <= start) return;
        out.push({ start, end, paragraphStart: p.start });
        start = end;
      };
      for (let i = tokenAt(this.tokens, p.start); i < this.tokens.length && this.tokens[i].start < p.end; i++) {
        const t = this.tokens[i];
        while (q < spans.length && spans[q].outerEnd <= t.start) {
          if (this.endsSentence(spans[q])) cut(spans[q].outerEnd);
          q++;
        }
        if (!STOP_TOKEN.test(t.text)) continue;
        if (q < spans.length && spans[q].outerStart < t.start && t.start < spans[q].outerEnd) continue;
        if (t.text === '.' && i > 0 && (this.isAbbreviation(this.tokens[i - 1]) || this.abbreviationBefore(i) || this.initialsOfName(i))) continue;
        cut(t.end);
      }
      cut(p.end);
    }
    return out;
  }

  /**
   * The point at token `i` shortens a word, by what stands right after it: a comma ("Sen. Ann Lee, R-Ky., said",
   * "Acme Inc., a supplier"), a hyphen joining it to the next word ("the D.C.-based institute"), the parenthesis
   * closing a capitalised abbreviation ("Sen. Claire Doe (D-Mo.) said"); or, after dotted initials, a word in lower
   * case, where names are capitalised ("a veteran D.C. lobbyist").
   */
  private abbreviationBefore(i: number): boolean {
    const [before, next] = [this.tokens[i - 1], this.tokens[i + 1]];
    if (!next) return false;
    if (next.start !== this.tokens[i].end) {
      const lowerCaseNext = this.lexicon.table.casedNames && next.isWord && !CAPITAL.test(next.text);
      return lowerCaseNext && DOTTED_INITIALS.test(before.text);
    }
    if (COMMA.test(next.text) || next.text === '-') return true;
    return next.text === ')' && CAPITAL.test(before.text);
  }

  /** The point at token `i` ends initials before a name: "G.K. Butterfield" (not "in the U.S. The mayor…"). */
  private initialsOfName(i: number): boolean {
    const next = this.tokens[i + 1];
    return INITIALS.test(this.tokens[i - 1].text) && !!next?.isWord && CAPITAL.test(next.text) && !this.lexicon.isStopWord(next.key);
  }

  /** "Dr", "M", "Sra", "J": a point after them is no sentence end. */
  private isAbbreviation(token: Token): boolean {
    if (!token.isWord) return false;
    if (CAPITAL_LETTER.test(token.text)) return true;
    return this.lexicon.honorifics.has(token.key) || this.lexicon.honorifics.has(`${token.key}.`);
  }

  /**
   * The quotation ends with its own full stop and what follows starts a new sentence, not the quotation's
   * attribution: '"…?" Clinton said.' and '…。”陈立新说。' go on; '… » La ministre a conclu : « … »' does not.
   */
  private endsSentence(span: QuoteSpan): boolean {
    if (!ENDS_WITH_STOP.test(this.text.slice(span.start, span.end))) return false;
    const next = /^[\s\u00a0]*(\S)/u.exec(this.text.slice(span.outerEnd, span.outerEnd + 8))?.[1];
    if (!next || !LETTER.test(next)) return false;
    // With capitals, a lower-case word goes on ('…!" she said').
    if (this.lexicon.table.casedNames && !CAPITAL.test(next)) return false;
    return !this.attributionFollows(tokenAt(this.tokens, span.outerEnd));
  }

  /** From token `i`, a short clause with a verb of saying that closes itself ("Clinton said.", "陈立新说。"). */
  attributionFollows(i: number): boolean {
    let words = 0;
    let saying = false;
    for (; i < this.tokens.length && words <= RIGHT_REACH; i++) {
      const t = this.tokens[i];
      if (!t.isWord) {
        // A colon or a new quotation after the verb introduces what comes next: a new sentence.
        if (COLON.test(t.text) || QUOTE_MARK.test(t.text)) return false;
        // The comma after the marks ('„Nie wieder“, sagte sie') opens the clause.
        if (COMMA.test(t.text) && words === 0) continue;
        if (STOP_TOKEN.test(t.text) || COMMA.test(t.text) || t.text === '\n') return saying;
        continue;
      }
      if (startsCountedWord(this.tokens, i)) words++;
      if (this.verbAt(i)) saying = true;
    }
    return saying && i >= this.tokens.length;
  }
}
