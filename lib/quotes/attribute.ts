/**
 * Attributes quotations to speakers, sentence by sentence in article order, keeping track of who the article is
 * talking about. For each quotation, in this order:
 *  1. a speech verb right after it with its subject: '"…," said Jane Doe' / '«…», — сказал он' / '"…", a-t-il ajouté';
 *  2. a speech verb before it in the same sentence with its subject: 'وقال بوتين: "…"' / 'Putin said: "…"';
 *     a verb with no subject ('وأضاف أن "…"', 'added that "…"') continues the person the article is talking about;
 *  3. a quotation joined to the previous one in the sentence ('"A" و"B"', '"A", she said, "B"') has its speaker;
 *  4. the person the sentence opens with, whatever the verb: 'Trump attacked "the hateful ideology"';
 *  5. a quotation making a sentence of its own after a sentence opened by a person, in one paragraph, is theirs;
 *     otherwise the speaker of the quotation before it in the paragraph, or the person announcing it with a colon;
 *  6. otherwise no speaker: null, never a guess from far away.
 * Names, descriptors and pronouns resolve through the entity registry.
 */
import type { Lexicon, PhraseMatch } from './lexicon';
import { tokenAt, type Token } from '../text/tokens';
import type { QuoteSpan } from './scan';
import { CAPITAL, COMMA, INITIALS, MentionReader, type Mention } from './mentions';
import { EntityRegistry, compatible, type Entity } from './entities';
import type { Gender } from '../languages';
import { hasWhiteSpace } from '../text/white-space';

export interface Attribution {
  span: QuoteSpan;
  speaker: Entity | null;
}

const SENTENCE_END = /^[.!?؟。！？]+$/u;
/** Words after a quotation within which its verb of saying is looked for ('"…," the county's deputy fire Chief Ana Lopez said'). */
const RIGHT_REACH = 10;
const QUOTE_MARK = /^["“”«»„‚‘’'「」『』‹›״]$/u;
const DASH_BEFORE_NAME = /^[\s\u00a0]*[―—–-][\s\u00a0]*$/u;
/** Tokens an introductory phrase may take before the comma after which a sentence's subject stands. */
const MAX_INTRODUCTION_TOKENS = 12;
/** Written once here, not inline: a build for engines whose Unicode version it cannot know (tsx, Vite) turns every
 *  literal with \p{…} into a `new RegExp` made again at each call. */
const LETTER = /\p{L}/u;
const CAPITAL_LETTER = /^\p{Lu}$/u;
const LOWER_CASE = /^\p{Ll}/u;
const CONNECTOR_GAP = /^[\s,،、，;؛:—–\-]*(\p{L}{1,3})?[\s,،、，;؛:—–\-]*$/u;

interface Span {
  start: number;
  end: number;
}

interface Sentence extends Span {
  paragraphStart: number;
}

export class Attributor {
  private readonly reader: MentionReader;
  readonly registry: EntityRegistry;
  /** Who the article is talking about: the subject of the latest sentence that had a person as subject. */
  private topic: Entity | null = null;
  /** Where the topic was set, and where the paragraph being read starts: a topic set in this paragraph is fresh. */
  private topicAt = -1;
  private paragraphStart = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly lexicon: Lexicon,
  ) {
    this.reader = new MentionReader(tokens, text, lexicon);
    this.registry = new EntityRegistry(lexicon);
  }

  /**
   * A quotation opening its paragraph after a paragraph that announces it ("Clinton told the crowd:"): the speaker
   * of that announcement.
   */
  private announced(span: QuoteSpan): Entity | null {
    const paragraphStart = this.text.lastIndexOf('\n\n', span.outerStart);
    if (paragraphStart < 0 || this.text.slice(paragraphStart, span.outerStart).trim()) return null;
    const previousEnd = this.text.slice(0, paragraphStart).trimEnd();
    if (!previousEnd.endsWith(':')) return null;
    const previousStart = this.text.lastIndexOf('\n\n', previousEnd.length - 1) + 2;
    const sentenceStart = Math.max(previousStart, ...['. ', '! ', '? '].map((p) => this.text.lastIndexOf(p, previousEnd.length - 1) + 2));
    return this.beforeQuote(tokenAt(this.tokens, sentenceStart), tokenAt(this.tokens, previousEnd.length), span.start) ?? null;
  }

  /** No paragraph break between two spans: a quotation with no cue of its own goes on from the one before. */
  private sameParagraph(a: QuoteSpan, b: QuoteSpan): boolean {
    return !this.text.slice(a.outerEnd, b.outerStart).includes('\n');
  }

  /**
   * Sentences of the text, never cut inside a quotation nor after an honorific or an initial ("Dr.", "M.", "J.");
   * a quotation that ends its own sentence inside its marks ("… allemal.“ Die Ministerin …") ends the sentence
   * when a new one starts after it.
   */
  private sentences(spans: readonly QuoteSpan[], paragraphs: readonly Span[]): Sentence[] {
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
        if (!SENTENCE_END.test(t.text)) continue;
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
   * "Acme Inc., a supplier") or the parenthesis closing a capitalised abbreviation ("Sen. Claire Doe (D-Mo.) said").
   */
  private abbreviationBefore(i: number): boolean {
    const next = this.tokens[i + 1];
    if (!next || next.start !== this.tokens[i].end) return false;
    if (COMMA.test(next.text)) return true;
    return next.text === ')' && CAPITAL.test(this.tokens[i - 1].text);
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
    if (!/[.!?؟。！？…]$/u.test(this.text.slice(span.start, span.end))) return false;
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
        if (/^[:：]$/u.test(t.text) || QUOTE_MARK.test(t.text)) return false;
        // The comma after the marks ('„Nie wieder“, sagte sie') opens the clause.
        if (COMMA.test(t.text) && words === 0) continue;
        if (SENTENCE_END.test(t.text) || COMMA.test(t.text) || t.text === '\n') return saying;
        continue;
      }
      words++;
      if (this.verbAt(i)) saying = true;
    }
    return saying && i >= this.tokens.length;
  }

  private resolve(mention: Mention, verbGender: Gender | undefined, at: number): Entity | null {
    const gender = mention.gender ?? verbGender;
    if (mention.kind === 'name') return this.registry.byName(mention.name!, mention.descriptor, gender, at);
    if (mention.kind === 'descriptor') return this.registry.byDescriptor(mention.descriptor!, gender, at);
    return this.byPronoun(gender);
  }

  private setTopic(entity: Entity | null, at: number): void {
    if (!entity) return;
    this.topic = entity;
    this.topicAt = at;
  }

  /**
   * The person a pronoun stands for: the topic when its gender is known to agree, or when the paragraph set it and
   * its gender is not known to differ ("Kerr Hollis (D-Ore.) scolded them: "…," she said"); else the latest person
   * of that gender, else the topic or the latest person of unknown gender, who then takes the pronoun's gender.
   */
  private byPronoun(gender: Gender | undefined): Entity | null {
    const fresh = this.topicAt >= this.paragraphStart;
    if (this.topic && (this.topic.gender === gender || !gender || (fresh && compatible(this.topic, gender)))) {
      if (gender && gender !== 'pl') this.topic.gender ??= gender;
      return this.topic;
    }
    const known = gender ? this.registry.latestOfGender(gender) : null;
    if (known) return known;
    const unknown = this.topic && compatible(this.topic, gender) ? this.topic : this.registry.latestCompatible(gender);
    if (unknown && gender && gender !== 'pl') unknown.gender = gender;
    return unknown;
  }

  /**
   * The subject of the verb of saying `verb` at token `i`, within [from, to) token bounds. A participle has none of
   * its own: the person named right before it ("footage of Clinton asking", "Smith is calling"), else the first
   * person of its sentence ("Trump attacked Clinton, saying", "وانتقد الوزير خالد العمري الخطة، قائلا").
   */
  private verbSubject(verb: PhraseMatch, i: number, from: number, to: number): Mention | null {
    if (!this.lexicon.participles.has(verb.phrase)) return this.subjectOf(i, verb.end, from, to);
    const named = i > from ? this.reader.backward(i, from) : null;
    // Not an object before it: "waves to the mayor before asking".
    const opensClause = named && named.start >= from && (named.start === from || !this.tokens[named.start - 1].isWord);
    if (named && named.kind !== 'pronoun' && named.start >= from && (named.end === i || opensClause)) return named;
    return this.firstPerson(from, i);
  }

  /** The first name or descriptor in [from, to) that stands for a person (see `isPerson`). */
  private firstPerson(from: number, to: number): Mention | null {
    for (let i = from; i < to; i++) {
      const m = this.reader.forward(i);
      if (!m || m.end > to) continue;
      if (this.isPerson(m)) return m;
      i = m.end - 1;
    }
    return null;
  }

  /**
   * A mention that surely names a person: a descriptor, a name with one, or in a script with capitals a name of
   * several words or one the article knows. (Without capitals any word could be read as a name; and a capitalised
   * word opening a sentence, "Following", "Asked", is no name by itself.)
   */
  private isPerson(m: Mention): boolean {
    if (m.kind === 'pronoun') return false;
    if (m.kind === 'descriptor' || m.descriptor) return true;
    return this.lexicon.table.casedNames && (m.name!.includes(' ') || this.registry.knows(m.name!));
  }

  /** The subject of the speech verb at [verbStart, verbEnd), within [from, to) token bounds. */
  private subjectOf(verbStart: number, verbEnd: number, from: number, to: number): Mention | null {
    // A pronoun inside the verb phrase: "a-t-il ajouté", "fügte er hinzu".
    for (let i = verbStart; i < verbEnd; i++) {
      const gender = this.lexicon.pronounGender(this.tokens[i].key);
      if (gender && i > verbStart) return { kind: 'pronoun', name: null, descriptor: null, gender, start: i, end: i + 1 };
    }
    // A subject before the verb opens its clause ("Putin said", ', she said'); a name deeper in the clause is
    // more likely an object ("nach den Gesamtkosten antwortete der Präsident"), so the words after the verb come first.
    const back = verbStart > from ? this.reader.backward(verbStart, from) : null;
    const before = back && back.start >= from ? back : null;
    if (before && (before.start === from || !this.tokens[before.start - 1].isWord)) return before;
    if (verbEnd < to && !this.lexicon.isComplementizer(this.tokens[verbEnd].key)) {
      const after = this.reader.forward(verbEnd);
      if (after && after.end <= to && after.kind !== 'pronoun') return after;
    }
    if (before) return before;
    const appositive = this.commaSubject(verbStart, from);
    if (appositive) return appositive;
    // "Katrin Vogel (SPD) sagte": a parenthesis between the subject and the verb.
    if (this.tokens[verbStart - 1]?.text === ')') {
      let open = verbStart - 2;
      while (open > from && verbStart - open <= 6 && this.tokens[open].text !== '(') open--;
      const m = this.tokens[open]?.text === '(' ? this.reader.backward(open, from) : null;
      if (m && m.start >= from) return m;
    }
    // "сказал он", "dijo él": a pronoun after the verb.
    const after = verbEnd < to ? this.reader.forward(verbEnd) : null;
    if (after && after.kind === 'pronoun' && after.end <= to) return after;
    return this.clauseSubject(from, verbStart);
  }

  /**
   * The person opening the clause of a verb that stands far from its subject: "علی رضایی، وزیر نیرو، روز سه‌شنبه
   * در جمع خبرنگاران گفت", "Putin, speaking in Moscow on Tuesday, said". Only a name or a descriptor at the very
   * start of the window counts, and no other verb of saying may stand between.
   */
  private clauseSubject(from: number, verbStart: number): Mention | null {
    const m = this.reader.forward(from);
    if (!m || m.end >= verbStart) return null;
    // Without capitals, any word could be read as a name: only a descriptor or a known person counts.
    if (m.kind === 'name' && !m.descriptor && !this.lexicon.table.casedNames && !this.registry.knows(m.name!)) return null;
    for (let i = m.end; i < verbStart; i++) if (this.verbAt(i)) return null;
    return m;
  }

  /**
   * A subject set off by commas before the verb: "Its chair, Maria Lindqvist, said" (the name between the commas)
   * or "Jane Doe, the mayor, said" (the name before them).
   */
  private commaSubject(verbStart: number, from: number): Mention | null {
    const close = verbStart - 1;
    if (close <= from || !COMMA.test(this.tokens[close].text)) return null;
    let open = close - 1;
    while (open > from && close - open <= 8 && !COMMA.test(this.tokens[open].text)) open--;
    if (open <= from || !COMMA.test(this.tokens[open].text)) return null;
    // A descriptor whose name stands between the commas, read as one mention.
    for (let k = Math.max(from, open - 6); k < open; k++) {
      const whole = this.reader.forward(k);
      if (whole?.kind === 'name' && whole.end === close && whole.descriptor) return whole;
    }
    const inside = this.reader.forward(open + 1);
    const outside = this.reader.backward(open, from) ?? this.descriptorBefore(open, from);
    if (inside && inside.end === close && inside.kind === 'name') {
      // "מנכ״ל חברת הסייבר מגן, רון דהן, אמר": the descriptor before the commas is the named person's.
      return outside?.kind === 'descriptor' && !inside.descriptor ? { ...inside, descriptor: outside.descriptor } : inside;
    }
    if (outside && outside.start >= from) return outside;
    return inside && inside.end === close ? inside : null;
  }

  /** A descriptor opening the few words before `end`: "מנכ״ל חברת הסייבר מגן" before ", רון דהן,". */
  private descriptorBefore(end: number, from: number): Mention | null {
    for (let k = Math.max(from, end - 6); k < end; k++) {
      const m = this.reader.forward(k);
      if (m?.kind === 'descriptor' && m.end <= end) return m;
    }
    return null;
  }

  private verbAt(i: number) {
    // A verb glued to the word before it by a hyphen is part of a compound: "so-called", "self-described".
    const hyphen = this.tokens[i - 1];
    if (hyphen?.text === '-' && hyphen.end === this.tokens[i]?.start && this.tokens[i - 2]?.end === hyphen.start) return null;
    return this.lexicon.match(this.tokens, i, this.lexicon.speechVerbs, this.text);
  }

  /** 1. A speech verb (or "according to") just after the quotation, with its subject. */
  private afterQuote(from: number, to: number, at: number): Entity | null {
    // '“…”― Pamela Padilla': a name after a dash signs the quotation.
    let word = from;
    while (word < to && !this.tokens[word].isWord) word++;
    if (word < to && word > from && DASH_BEFORE_NAME.test(this.text.slice(this.tokens[from].start, this.tokens[word].start))) {
      const signed = this.reader.forward(word);
      if (signed && signed.kind !== 'pronoun' && (signed.end >= to || !this.tokens[signed.end].isWord)) return this.resolve(signed, undefined, at);
    }
    let words = 0;
    for (let i = from; i < to && words < RIGHT_REACH; i++) {
      const t = this.tokens[i];
      if (!t.isWord) continue;
      words++;
      const source = this.lexicon.match(this.tokens, i, this.lexicon.sourcePhrases, this.text);
      if (source) {
        const m = this.reader.forward(source.end);
        if (m && m.end <= to) return this.resolve(m, undefined, at);
      }
      const verb = this.verbAt(i);
      if (!verb || verb.withClitic) continue;
      const gender = this.lexicon.verbGender(verb.phrase);
      const m = this.verbSubject(verb, i, from, to);
      if (m) return this.resolve(m, gender, at);
      // A verb with no subject right after the quotation ('«…», añadió.') goes on with the person spoken of.
      if (words === 1) return this.byPronoun(gender);
    }
    // '"…," Jane Roe, the state's attorney general, one of the officials suing the agency, said': the
    // person named right after the quotation, when a verb of saying ends the clause.
    const named = word < to ? this.reader.forward(word) : null;
    if (named && named.kind !== 'pronoun') {
      for (let i = named.end; i < to; i++) if (this.verbAt(i)) return this.resolve(named, undefined, at);
    }
    return null;
  }

  /** 2. The speech verb nearest before the quotation, with its subject; a subject-less verb continues the topic. */
  private beforeQuote(from: number, to: number, at: number): Entity | null | undefined {
    for (let i = to - 1; i >= from; i--) {
      const source = this.lexicon.match(this.tokens, i, this.lexicon.sourcePhrases, this.text);
      if (source && source.end <= to) {
        const m = this.reader.forward(source.end);
        if (m && m.end <= to) return this.resolve(m, undefined, at);
      }
      const verb = this.verbAt(i);
      if (!verb || verb.end > to) continue;
      const gender = this.lexicon.verbGender(verb.phrase);
      const m = this.verbSubject(verb, i, from, to);
      if (m) return this.resolve(m, gender, at);
      return this.byPronoun(gender);
    }
    return undefined;
  }

  /**
   * Registers the people a stretch of text introduces (a descriptor with a name; in scripts with capitals, a full
   * name) and returns the first person it mentions, known or new: the sentence's likely subject.
   */
  private discover(from: number, to: number, at: number): Entity | null {
    let first: Entity | null = null;
    // In a script with capitals a name starts with one, so none starts after the stretch's last capitalised word.
    let lastCapital = to - 1;
    if (this.lexicon.table.casedNames) while (lastCapital >= from && !CAPITAL.test(this.tokens[lastCapital].text)) lastCapital--;
    for (let i = from; i < to; i++) {
      const t = this.tokens[i];
      if (!t.isWord) continue;
      const m = i <= lastCapital ? this.reader.forward(i) ?? this.reader.possessiveName(i) : null;
      const introduces = m?.kind === 'name' && m.end <= to && (m.descriptor !== null || (this.lexicon.table.casedNames && hasWhiteSpace(m.name!)));
      if (introduces) {
        const entity = this.resolve(m!, undefined, at);
        first ??= entity;
        i = m!.end - 1;
        continue;
      }
      const known = this.registry.byNameWord(t.key, t.text);
      if (known) {
        known.lastSeen = at;
        first ??= known;
      }
    }
    return first;
  }

  /**
   * The person a sentence opens with, before `limit`: "Trump attacked …", "Clinton, the former secretary, stressed …",
   * or after an introductory phrase: "In a White House statement, President Obama condemned …".
   */
  private sentenceSubject(first: number, limit: number, at: number): Entity | null {
    let m = this.subjectAt(first, limit);
    for (let i = first; !m && i < limit && i - first <= MAX_INTRODUCTION_TOKENS; i++) {
      if (COMMA.test(this.tokens[i].text)) {
        m = this.subjectAt(i + 1, limit);
        break;
      }
    }
    return m ? this.resolve(m, undefined, at) : null;
  }

  /**
   * A mention at token `i` that reads as a clause's subject: a verb, a parenthesis or an appositive follows it
   * ("Clinton, the former secretary, stressed"; not the title in "In her book, Living History, Clinton noted").
   */
  private subjectAt(i: number, limit: number): Mention | null {
    const m = this.reader.forward(i);
    if (!m || m.end >= limit) return null;
    const next = this.tokens[m.end];
    const apposed = COMMA.test(next.text) && (m.descriptor !== null || LOWER_CASE.test(this.tokens[m.end + 1]?.text ?? ''));
    if (!next.isWord && next.text !== '(' && !apposed) return null;
    return m.kind === 'pronoun' || this.isPerson(m) ? m : null;
  }

  /** Nothing but marks stands between the sentence's first token and the quotation: it makes the sentence. */
  private opensSentence(first: number, span: QuoteSpan): boolean {
    for (let i = first; i < this.tokens.length && this.tokens[i].start < span.outerStart; i++) if (this.tokens[i].isWord) return false;
    return true;
  }

  attribute(spans: readonly QuoteSpan[], paragraphs: readonly Span[]): Attribution[] {
    const out: Attribution[] = [];
    let q = 0;
    /** The person who opened the previous sentence, and where that sentence ended. */
    let previousSubject: { entity: Entity; end: number } | null = null;
    for (const sentence of this.sentences(spans, paragraphs)) {
      const first = tokenAt(this.tokens, sentence.start);
      const last = tokenAt(this.tokens, sentence.end);
      this.paragraphStart = sentence.paragraphStart;
      const inSentence: QuoteSpan[] = [];
      while (q < spans.length && spans[q].outerStart < sentence.end) inSentence.push(spans[q++]);
      const subject = this.sentenceSubject(first, inSentence.length ? tokenAt(this.tokens, inSentence[0].outerStart) : last, sentence.start);
      const subjectBefore = previousSubject && !this.text.slice(previousSubject.end, sentence.start).includes('\n') ? previousSubject.entity : null;
      previousSubject = subject ? { entity: subject, end: sentence.end } : null;
      if (!inSentence.length) {
        this.setTopic(this.discover(first, last, sentence.start), sentence.start);
        continue;
      }
      this.setTopic(subject, sentence.start);
      let previous: Attribution | null = null;
      for (let k = 0; k < inSentence.length; k++) {
        const span = inSentence[k];
        const leftFrom = previous ? tokenAt(this.tokens, previous.span.outerEnd) : first;
        const leftTo = tokenAt(this.tokens, span.outerStart);
        const rightFrom = tokenAt(this.tokens, span.outerEnd);
        const rightTo = k + 1 < inSentence.length ? tokenAt(this.tokens, inSentence[k + 1].outerStart) : last;
        let speaker = span.label ? this.registry.byName(span.label, null, undefined, span.start) : this.afterQuote(rightFrom, rightTo, span.start);
        if (!speaker) {
          const before = this.beforeQuote(leftFrom, leftTo, span.start);
          if (before !== undefined) speaker = before;
          else if (previous && CONNECTOR_GAP.test(this.text.slice(previous.span.outerEnd, span.outerStart))) speaker = previous.speaker;
          else if (span.continues && out.length) speaker = out[out.length - 1].speaker;
          else if (subject) speaker = subject;
          else if (subjectBefore && k === 0 && this.opensSentence(first, span)) speaker = subjectBefore;
          else if (out.length && this.sameParagraph(out[out.length - 1].span, span)) speaker = out[out.length - 1].speaker;
          else speaker = this.announced(span);
        }
        if (speaker) {
          speaker.lastSeen = span.start;
          this.setTopic(speaker, span.start);
        }
        previous = { span, speaker };
        out.push(previous);
      }
    }
    return out;
  }
}
