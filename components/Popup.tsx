/**
 * The toolbar popup for one tab: the article's title, summary and outline (in the article's direction), its voices
 * (see Voices), what of it was seen elsewhere and its notes (given as children), the keyboard shortcuts, and the
 * per-site pause switch. A page that is not an article says so and offers to analyse it anyway.
 */
import type { ComponentChildren } from 'preact';
import type { PageView, QuoteStep } from '@/utils/protocol';
import { OutlineLinks } from './lists';
import { Shortcuts, type Shortcut } from './Shortcuts';
import type { UiStrings } from './strings';
import { SummarySection, type OnDeviceSummary } from './SummarySection';
import { Voices } from './Voices';

export interface PopupProps {
  /** Null while loading; undefined when the tab cannot be reached (a browser page, a store page…). */
  view: PageView | null | undefined;
  strings: UiStrings;
  onSection(index: number): void;
  /** Steps to a speaker's next (1) or previous (-1) quotation on the page. */
  onStep(speaker: number, direction: 1 | -1): Promise<QuoteStep | null>;
  /** Downloads the article's quotations as CSV. */
  onExportCsv(): void;
  /** The keyboard shortcuts as the browser has them, and the way to change them. */
  shortcuts: Shortcut[];
  onChangeShortcuts(): void;
  /** Shown under the voices: the quotations seen in other articles. */
  seenElsewhere?: ComponentChildren;
  onPause(paused: boolean): void;
  onAnalyzeAnyway(): void;
  /** The browser's on-device summary, when it can write one for the article's language (see SummarySection). */
  onDeviceSummary?: OnDeviceSummary;
  onSummarySource(onDevice: boolean): void;
  /** Shown under the article: the page's notes. */
  children?: ComponentChildren;
}

function PauseSwitch({ view, strings, onPause }: Pick<PopupProps, 'strings' | 'onPause'> & { view: PageView }) {
  return (
    <label class="pause">
      <input
        type="checkbox"
        role="switch"
        data-glossa-pause
        checked={view.paused}
        onChange={(event) => onPause((event.currentTarget as HTMLInputElement).checked)}
      />
      {strings.pause} <span class="site">{view.host}</span>
    </label>
  );
}

export function Popup(props: PopupProps) {
  const { view, strings } = props;
  if (view === undefined) return <main class="popup"><p class="message" data-glossa-unavailable>{strings.unavailable}</p></main>;
  if (view === null) return <main class="popup" aria-busy="true" />;
  const analysis = view.analysis;
  if (view.paused || !analysis) {
    return (
      <main class="popup">
        <p class="message">{strings.paused}</p>
        <PauseSwitch view={view} strings={strings} onPause={props.onPause} />
      </main>
    );
  }
  if (!analysis.isArticle) {
    return (
      <main class="popup">
        <p class="message" data-glossa-not-article>{strings.notArticle}</p>
        <button type="button" class="primary" onClick={props.onAnalyzeAnyway}>{strings.analyzeAnyway}</button>
        <PauseSwitch view={view} strings={strings} onPause={props.onPause} />
      </main>
    );
  }
  return (
    <main class="popup">
      <article dir={analysis.dir} lang={analysis.lang}>
      <h1>{analysis.title}</h1>
      {analysis.byline && <p class="byline">{analysis.byline}</p>}
      <SummarySection summary={analysis.summary} strings={strings} onDevice={props.onDeviceSummary} onChoose={props.onSummarySource} />
      {analysis.outline.length > 0 && (
        <nav aria-label={strings.outlineHeading}>
          <h2>{strings.outlineHeading}</h2>
          <OutlineLinks outline={analysis.outline} onSection={props.onSection} />
        </nav>
      )}
      </article>
      {view.voices.length > 0 && (
        <Voices voices={view.voices} outline={analysis.outline} strings={strings} onStep={props.onStep} onExport={props.onExportCsv} />
      )}
      {props.seenElsewhere}
      {props.children}
      <Shortcuts shortcuts={props.shortcuts} strings={strings} onChange={props.onChangeShortcuts} />
      <PauseSwitch view={view} strings={strings} onPause={props.onPause} />
    </main>
  );
}
