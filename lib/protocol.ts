/**
 * The one message protocol between the content script, the popup and the background: what each message carries
 * and returns, and the checks every receiver runs on what it is given (a message may come from anywhere a
 * listener is reachable, so nothing is trusted as typed).
 */
import type { Analysis } from './types';

/** What the popup shows of a tab: the analysis without the article text (the popup never needs it). */
export type AnalysisView = Omit<Analysis, 'text'>;

export interface PageView {
  /** The site, as the per-site pause switch knows it. */
  host: string;
  paused: boolean;
  /** Null when the page has not been analysed (paused, or analysis failed). */
  analysis: AnalysisView | null;
  /** The user asked to analyse a page that does not look like an article. */
  forced: boolean;
}

/** Which of a speaker's quotations the page scrolled to, counted from 1. */
export interface QuoteStep {
  speaker: number;
  position: number;
  total: number;
}

/** Messages and their return types, in the shape @webext-core/messaging expects. */
export interface ProtocolMap {
  /** Popup → content script: the page as Glossa sees it. */
  getPage(): PageView;
  /** Popup → content script: analyse a page that does not look like an article, and show the overlay on it. */
  analyzeAnyway(): PageView;
  /** Popup → content script: scroll to an outline section. */
  scrollToSection(index: number): boolean;
  /** Popup → content script: scroll to the next (or previous) quotation of a speaker. */
  stepSpeaker(request: SpeakerStepRequest): QuoteStep | null;
  /** Background → content script (the keyboard command): show or hide the overlay; returns whether it shows. */
  toggleOverlay(): boolean;
}

export interface SpeakerStepRequest {
  speaker: number;
  direction: 1 | -1;
}

/** A valid index into a list of `length` items. */
export function isIndex(value: unknown, length: number): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < length;
}

export function isSpeakerStepRequest(value: unknown, speakers: number): value is SpeakerStepRequest {
  if (!value || typeof value !== 'object') return false;
  const { speaker, direction } = value as Record<string, unknown>;
  return isIndex(speaker, speakers) && (direction === 1 || direction === -1);
}

export function toView(analysis: Analysis): AnalysisView {
  const { text: _text, ...view } = analysis;
  return view;
}

/** The site of an address as the pause switch keys it: the host name, without "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
