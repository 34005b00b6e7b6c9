/**
 * The voices of an article (the popup): each speaker with their colour and underline, named or anonymous, their
 * quotations, the words quoted and their share of all quoted words, and where they first speak. Their name steps to
 * their next quotation on the page, the arrow before it to the previous one; the quotations with no speaker are
 * counted after them. The article's quotations can be exported as CSV.
 */
import { useState } from 'preact/hooks';
import type { QuoteStep } from '@/utils/protocol';
import type { OutlineEntry } from '@/lib/types';
import { sectionAt, type Voice } from '@/lib/voices';
import { formatsFor, type Formats } from './format';
import { Swatch } from './lists';
import { fill, type UiStrings } from './strings';

export interface VoicesProps {
  voices: Voice[];
  outline: OutlineEntry[];
  strings: UiStrings;
  /** Steps to a speaker's next (1) or previous (-1) quotation on the page; resolves to where it stepped. */
  onStep(speaker: number, direction: 1 | -1): Promise<QuoteStep | null>;
  onExport(): void;
}

function Figures({ voice, outline, strings, formats }: { voice: Voice; outline: OutlineEntry[]; strings: UiStrings; formats: Formats }) {
  const section = outline[sectionAt(outline, voice.firstStart)]?.text;
  const at = fill(strings.intoArticle, formats.percent(voice.firstAt));
  return (
    <dl class="voice-figures">
      <div><dt>{strings.quotationsLabel}</dt><dd>{formats.number(voice.quotes)}</dd></div>
      <div><dt>{strings.wordsLabel}</dt><dd>{formats.number(voice.words)}</dd></div>
      <div><dt>{strings.shareLabel}</dt><dd data-glossa-share>{formats.percent(voice.share)}</dd></div>
      <div class="first"><dt>{strings.firstSpeaks}</dt><dd>{section ? <><bdi>{section}</bdi> · {at}</> : at}</dd></div>
    </dl>
  );
}

function VoiceItem(props: Omit<VoicesProps, 'voices' | 'onExport'> & { voice: Voice; formats: Formats }) {
  const { voice, strings } = props;
  const speaker = voice.speaker!;
  const [step, setStep] = useState<QuoteStep | null>(null);
  const go = async (direction: 1 | -1) => setStep(await props.onStep(speaker, direction));
  return (
    <li data-glossa-voice={speaker} data-kind={voice.anonymous ? 'anonymous' : 'named'}>
      <div class="voice-head">
        <button type="button" class="step-back" aria-label={fill(strings.previousBy, voice.name!)} onClick={() => go(-1)}>
          <span aria-hidden="true">‹</span>
        </button>
        <button type="button" class="speaker-button" data-glossa-speaker={speaker} aria-describedby={`voice-kind-${speaker}`} onClick={() => go(1)}>
          <Swatch index={speaker} />
          <span class="name">{voice.name}</span>
        </button>
        <span class="kind" id={`voice-kind-${speaker}`}>{voice.anonymous ? strings.anonymous : strings.named}</span>
      </div>
      <div class="share-bar" aria-hidden="true"><span style={{ inlineSize: `${Math.round(voice.share * 100)}%` }} /></div>
      <Figures voice={voice} outline={props.outline} strings={strings} formats={props.formats} />
      {step && (
        <p class="step" role="status" data-glossa-step>
          {fill(strings.quoteStep, props.formats.number(step.position), props.formats.number(step.total))}
        </p>
      )}
    </li>
  );
}

export function Voices(props: VoicesProps) {
  const { strings } = props;
  const formats = formatsFor(strings.locale);
  const named = props.voices.filter((voice) => voice.speaker !== null);
  const unattributed = props.voices.find((voice) => voice.speaker === null);
  return (
    <section class="voices" aria-labelledby="voices-heading" data-glossa-voices>
      <h2 id="voices-heading">{strings.voices}</h2>
      <ul class="speakers" aria-label={strings.speakers}>
        {named.map((voice) => (
          <VoiceItem key={voice.speaker} voice={voice} outline={props.outline} strings={strings} formats={formats} onStep={props.onStep} />
        ))}
      </ul>
      {unattributed && (
        <div class="unattributed" data-glossa-unattributed>
          <p class="voice-head"><Swatch index={null} /> <span class="name">{strings.noSpeaker}</span></p>
          <Figures voice={unattributed} outline={props.outline} strings={strings} formats={formats} />
        </div>
      )}
      <button type="button" class="secondary" data-glossa-export-csv onClick={props.onExport}>{strings.exportCsv}</button>
    </section>
  );
}
