/** Quotations of an article and their speakers: marks found, quotations told from scare quotes, speakers attributed. */
import type { LanguageTable } from '../languages';
import type { ArticleBody } from '../article/article-text';
import { splitHanWords, splitRunOnSentences, tokenAt, wordKeys, type Token } from '../text/tokens';
import { fold } from '../text/fold';
import type { Quote, Speaker } from '../types';
import { Attributor, type Attribution, type AttributionObserver } from './attribute';
import { lexiconFor, type Lexicon } from './lexicon';
import { scanQuotes, withInterviewAnswers, type QuoteSpan } from './scan';
import { inCode, looksLikeCode } from './code';
import type { Entity, EntityRegistry } from './entities';
import { ATTRIBUTION } from './attribution-model';
import { looksLikeTitle, MIN_QUOTE_WORDS, namedByCue, QUOTATION, quotationFeatures, quotationLikelihood, type QuotationContext } from './quotation';

/** What the models of this stage saw, for training them (scripts/train-quotes.ts). */
export interface QuoteObserver {
  /** The candidate speakers of each quotation and their features. */
  candidates?: AttributionObserver;
  /** Each span of MIN_QUOTE_WORDS words or more, as one text, and its features as a quotation. */
  quotation?(text: string, features: readonly number[]): void;
}

/** The quoted words are named by a cue right before them: 'the so-called "bridge to nowhere"', 'بعنوان «…»'. */
function followsNamingCue(span: QuoteSpan, tokens: readonly Token[], lexicon: Lexicon, text: string): boolean {
  const quote = tokenAt(tokens, span.outerStart);
  const endsAt = (end: number) => lexicon.namingCueEndsAt(tokens, end, text);
  if (endsAt(quote)) return true;
  // One article may stand between the cue and the quote ("what they call the "…""); another word makes the cue a
  // verb of saying: 'she called it "one of the worst days"' quotes her judgement, 'called for "…"' a demand.
  const previous = tokens[quote - 1];
  return !!previous?.isWord && lexicon.isArticle(previous.key) && endsAt(quote - 1);
}

/** A transcript's speaker label opening a quotation: one or two words in capitals and a colon ("PENCE:", "МЕДВЕДЕВ :"). */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+)?)[\u00a0\u202f ]?:\s+/u;

/** A quoted transcript turn: its label becomes the speaker, the words after it the quotation. */
function withTranscriptLabel(span: QuoteSpan, text: string, table: LanguageTable): QuoteSpan {
  const label = table.casedNames ? TRANSCRIPT_LABEL.exec(text.slice(span.start, span.end)) : null;
  return label ? { ...span, start: span.start + label[0].length, label: label[1] } : span;
}

/** A dash around the author's words, with spaces on both sides ("— сказал он —"); where the language sets the
 *  author's words close to its dashes (LanguageTable.authorWordsInMarks), a space before it ("—afirmó") or a space
 *  or a mark after it ("afirmó—,") is enough. */
const SPACED_DASH = /(?<=[\s\u00a0])[—–](?=[\s\u00a0])/gu;
const AUTHOR_DASH = /(?<=[\s\u00a0])[—–]|[—–](?=[\s\u00a0,.;:])/gu;
const AUTHOR_COMMA = /[,،]/gu;
/** The stop that ends the author's words opening with a comma when it comes first: « A, écrit-elle. B ». */
const AUTHOR_STOP = /[.!?…]/u;
const MAX_AUTHOR_WORDS = 8;
/** Words of the author's words that name the speaker with a description set off after the name: « A, rappelle Ana
 *  Cardenal, professeure de sciences politiques et auteure de l'étude. B ». */
const MAX_DESCRIBED_AUTHOR_WORDS = 16;
const CAPITALISED = /^\p{Lu}/u;

/**
 * The author's words inside a quotation's one pair of marks, as the offsets of the marks around them: between dashes
 * with a verb of saying among them (Russian «A, — сказал он. — B», Spanish «A —afirmó tras la reunión—, B»), or,
 * where the table says so (LanguageTable.authorWordsInMarks), between commas, opening with one (French « A,
 * a-t-elle déclaré, B »); null when there are none.
 */
function authorWords(span: QuoteSpan, tokens: readonly Token[], lexicon: Lexicon, text: string): [number, number] | null {
  const marks = (pattern: RegExp) => [...text.slice(span.start, span.end).matchAll(pattern)].map((m) => span.start + m.index!);
  const short = (first: number, second: number, words = MAX_AUTHOR_WORDS) => text.slice(first + 1, second).trim().split(/\s+/).length <= words;
  const saysAt = (i: number) => !!lexicon.speechVerbAt(tokens, i, text);
  const inMarks = !!lexicon.table.authorWordsInMarks;
  const dashes = marks(inMarks ? AUTHOR_DASH : SPACED_DASH);
  for (let a = 0; a + 1 < dashes.length; a++) {
    const [first, second] = [dashes[a], dashes[a + 1]];
    if (!short(first, second)) continue;
    for (let i = tokenAt(tokens, first); i < tokenAt(tokens, second); i++) if (saysAt(i)) return [first, second];
  }
  const commas = inMarks ? marks(AUTHOR_COMMA) : [];
  for (let a = 0; a < commas.length; a++) {
    const first = commas[a];
    const verb = tokenAt(tokens, first + 1);
    const said = tokens[verb] && tokens[verb].start < span.end ? lexicon.speechVerbAt(tokens, verb, text) : null;
    if (!said) continue;
    // They end with their sentence (« A, explique X, toxicologue. B »), longer where they name the speaker, or else at
    // the next comma (« A, dit-il, B »).
    const stop = text.slice(tokens[verb].end, span.end).search(AUTHOR_STOP);
    const sentenceEnd = stop < 0 ? -1 : tokens[verb].end + stop;
    const reach = CAPITALISED.test(tokens[said.end]?.text ?? '') ? MAX_DESCRIBED_AUTHOR_WORDS : MAX_AUTHOR_WORDS;
    if (sentenceEnd >= 0 && short(first, sentenceEnd, reach) && text.slice(sentenceEnd + 1, span.end).trim()) return [first, sentenceEnd];
    const next = commas[a + 1];
    if (next !== undefined && short(first, next)) return [first, next];
  }
  return null;
}

/** A span with the author's words inside its marks (see `authorWords`) becomes two quotations, the words before
 *  them and after them, with the author's words outside both. */
function splitAuthorWords(span: QuoteSpan, tokens: readonly Token[], lexicon: Lexicon, text: string): QuoteSpan[] {
  const author = authorWords(span, tokens, lexicon, text);
  if (!author) return [span];
  const [first, second] = author;
  let end = first;
  while (end > span.start && /[\s\u00a0,]/u.test(text[end - 1])) end--;
  let start = second + 1;
  while (start < span.end && /[\s\u00a0,]/u.test(text[start])) start++;
  if (end <= span.start || start >= span.end) return [span];
  return [
    { ...span, end, outerEnd: first, runsOn: false },
    ...splitAuthorWords({ ...span, start, outerStart: second, continues: false }, tokens, lexicon, text),
  ];
}

/** A quotation, as opposed to scare quotes, a quoted name or a title. `words`: the folded words of `quoted`. */
export function isQuotation(quoted: string, table: LanguageTable, words = wordKeys(quoted, table.code)): boolean {
  return words.length >= MIN_QUOTE_WORDS && !looksLikeTitle(quoted, table, words);
}

/** A name of two to four capitalised words ("Ana Souza", "Jan van der Berg" is read from "Berg" back to "Jan"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:[\s\u00a0]+(?:\p{Ll}{1,3}[\s\u00a0]+)?\p{Lu}[\p{L}\p{M}'’.-]*){1,3}`;
/** Right after a quotation, past a comma or a dash: '"…", Ana Souza'; '«…» — Jan Novák'. */
const NAME_AFTER = new RegExp(String.raw`^[\s\u00a0]*[,،]?[\s\u00a0]*(?:[—–-][\s\u00a0]*)?(${NAME})(?=[\s\u00a0]*[,.;:)]|[\s\u00a0]*$)`, 'u');
/** Right before a quotation, with a colon or a dash: 'Ana Souza: "…"'. */
const NAME_BEFORE = new RegExp(String.raw`(?:^|[\s\u00a0(])(${NAME})[\s\u00a0]*[:—–][\s\u00a0]*$`, 'u');
/** How far before and after a quotation a name beside it is looked for. */
const NAME_REACH = 60;

/**
 * Speakers in a language without a table: a name standing right beside the quotation, after it past a comma or a
 * dash and followed by punctuation, or before it with a colon or a dash; otherwise none. Nothing else tells a name
 * from another capitalised word in a language whose words the engine does not know.
 */
function namesBeside(spans: readonly QuoteSpan[], text: string, registry: EntityRegistry, table: LanguageTable): Attribution[] {
  return spans.map((span) => {
    if (!table.casedNames) return { span, speaker: null, confidence: 0 };
    const after = NAME_AFTER.exec(text.slice(span.outerEnd, span.outerEnd + NAME_REACH));
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, span.outerStart - NAME_REACH), span.outerStart));
    const name = after?.[1] ?? before?.[1];
    // A name right beside the quotation, in its own punctuation, says who spoke as surely as anything here can.
    return { span, speaker: name ? registry.byName(name, null, undefined, span.start) : null, confidence: name ? 1 : 0 };
  });
}

/** The article's quotation spans: those its marks enclose and an interview's answers, transcript labels and the
 *  author's words between dashes taken out. */
function quotationSpans(article: ArticleBody, table: LanguageTable, tokens: readonly Token[], lexicon: Lexicon): QuoteSpan[] {
  const paragraphs = article.paragraphs.map((p, i) => ({ text: article.paragraphText(i), start: p.start }));
  return withInterviewAnswers(scanQuotes(paragraphs, table), paragraphs, table)
    .map((span) => withTranscriptLabel(span, article.text, table))
    .flatMap((span) => splitAuthorWords(span, tokens, lexicon, article.text));
}

/** Ends with its own punctuation inside the marks, or a comma or dash stands right after them: '"No," she said'. */
const SPOKEN_END = /[,.!?…،؛؟。，！？]$/u;
const PUNCTUATION_AFTER = /^[\s\u00a0]*[,،、，—–]/u;

/** The article's quotations and speakers; `observe` sees what the models saw (for training them). */
export function findQuotes(article: ArticleBody, table: LanguageTable, observe?: QuoteObserver): { quotes: Quote[]; speakers: Speaker[] } {
  const text = article.text;
  const segmented = article.segmented(table.code);
  const tokens = splitRunOnSentences(splitHanWords(segmented.tokens, text));
  const lexicon = lexiconFor(table);
  const attributor = new Attributor(text, tokens, lexicon, observe?.candidates);
  const quoted = new Map<string, number>();
  const around: QuotationContext = {
    text, tokens, lexicon,
    cueAt: (i) => attributor.cueAt(i),
    attributionFollows: (i) => attributor.attributionFollows(i),
    timesQuoted: (words) => quoted.get(words) ?? 0,
  };
  /** A quotation too short to tell from scare quotes by itself, spoken by the clause after it: '"It's over," Ryan said'. */
  const saidRightAfter = (span: QuoteSpan) =>
    (SPOKEN_END.test(text.slice(span.start, span.end)) || PUNCTUATION_AFTER.test(text.slice(span.outerEnd, span.outerEnd + 4))) &&
    attributor.attributionFollows(tokenAt(tokens, span.outerEnd));
  const spans = quotationSpans(article, table, tokens, lexicon);
  for (const span of spans) {
    const words = text.slice(span.start, span.end);
    quoted.set(words, (quoted.get(words) ?? 0) + 1);
  }
  // A part of a quotation running over paragraphs counts when the whole does.
  const kept: QuoteSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    let j = i;
    while (spans[j].runsOn && j + 1 < spans.length && spans[j + 1].continues) j++;
    const parts = spans.slice(i, j + 1);
    const whole = parts.map((s) => text.slice(s.start, s.end)).join(' ');
    const words = parts.length === 1 ? segmented.wordKeysBetween(parts[0].start, parts[0].end) : wordKeys(whole, table.code);
    const start = i;
    i = j;
    if (spans[start].answer) {
      kept.push(...parts);
      continue;
    }
    if (followsNamingCue(spans[start], tokens, lexicon, text) || inCode(parts, article.codeSpans) || looksLikeCode(whole)) continue;
    if (words.length < MIN_QUOTE_WORDS) {
      if (words.length > 0 && parts.length === 1 && saidRightAfter(parts[0])) kept.push(...parts);
      continue;
    }
    // The model reads capitals (a title's, a fragment's first word) and the language's words: without them the rule
    // alone decides.
    if (!table.casedNames || table.neutral) {
      if (isQuotation(whole, table, words) && !namedByCue(parts[0], whole, words, around)) kept.push(...parts);
      continue;
    }
    const features = quotationFeatures(parts, whole, words, around, spans[start - 1]);
    observe?.quotation?.(whole, features);
    if (quotationLikelihood(features) >= QUOTATION.minLikelihood) kept.push(...parts);
  }
  // Without quotations there is nobody to attribute, and no speaker to collect the names of.
  if (!kept.length) return { quotes: [], speakers: [] };
  const attributions = table.neutral ? namesBeside(kept, text, attributor.registry, table) : attributor.attribute(kept, article.paragraphs);

  const speakerIndex = new Map<Entity, number>();
  const speakers: Speaker[] = [];
  const quotes: Quote[] = attributions.map(({ span, speaker, confidence }) => {
    let index: number | null = null;
    if (speaker) {
      index = speakerIndex.get(speaker) ?? null;
      if (index === null) {
        index = speakers.length;
        speakerIndex.set(speaker, index);
        speakers.push({ name: speaker.name, aliases: [], quotes: 0 });
      }
      speakers[index].quotes++;
    }
    const doubtful = !!speaker && confidence < ATTRIBUTION.sureConfidence;
    return { text: text.slice(span.start, span.end), speaker: speaker?.name ?? null, speakerIndex: index, confidence: Math.round(confidence * 1000) / 1000, doubtful, start: span.start, end: span.end, continues: span.continues };
  });
  // Names and aliases as they stand at the end: a later, fuller mention may have completed a name.
  for (const [entity, index] of speakerIndex) {
    speakers[index].name = entity.name;
    const seen = new Set([fold(entity.name)]);
    speakers[index].aliases = [...entity.forms].filter((f) => !seen.has(fold(f)) && seen.add(fold(f)));
  }
  for (const q of quotes) if (q.speakerIndex !== null) q.speaker = speakers[q.speakerIndex].name;
  return { quotes, speakers };
}
