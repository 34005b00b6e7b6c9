/**
 * The toolbar popup for one tab: the article's title, summary, outline and speakers, its notes (given as
 * children), and the per-site pause switch. A page that is not an article says so and offers to analyse it anyway. Laid out in the article's
 * direction.
 */
import type { ComponentChildren } from 'preact';
import type { PageView } from '@/lib/protocol';
import { OutlineLinks, SpeakerButtons } from './lists';
import type { UiStrings } from './strings';
import { SummarySection, type OnDeviceSummary } from './SummarySection';

export interface PopupProps {
  /** Null while loading; undefined when the tab cannot be reached (a browser page, a store page…). */
  view: PageView | null | undefined;
  strings: UiStrings;
  onSection(index: number): void;
  onSpeaker(index: number): void;
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
      {analysis.speakers.length > 0 && (
        <section aria-label={strings.speakers}>
          <h2>{strings.speakers}</h2>
          <SpeakerButtons speakers={analysis.speakers} countLabel={strings.quotes} label={strings.speakers} onSpeaker={props.onSpeaker} />
        </section>
      )}
      </article>
      {props.children}
      <PauseSwitch view={view} strings={strings} onPause={props.onPause} />
    </main>
  );
}
