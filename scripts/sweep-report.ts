/**
 * What `npm run sweep` makes of each page it visited (scripts/sweep.ts): the browser's article decision and
 * quotations against the command line's, the highlights against the extension's own quotations, the lines of article
 * text under the panel and under its folded toggle, and the figures over all pages with their targets (issue 20).
 */
import type { Analysis } from '../lib/types';
import type { ExtensionTask } from './firefox-profile';
import type { OverlayBoxes, PageBox, PageLayout } from './sweep-page';

/** The targets: no error, no article text under the panel or the folded toggle, and the extension's tasks short. The
 *  task targets are judged on the CPU time the page's main thread spent in the task: on this project's shared
 *  two-core machines a task lasts several times longer than that while it waits for a CPU (both are printed). */
export const TARGETS = { longestTaskMs: 50, p95TaskMs: 16 };
/** A box covers a line when they overlap by more than this many pixels each way (not when they merely touch). */
const OVERLAP_PX = 1;

/** The start of the failure of a page that left for another site by itself (a consent or interstitial redirect): the
 *  sweep serves no other site, so such a page cannot be measured, and says so apart from the others. */
export const WENT_AWAY = 'the page went to another site by itself';

/** What the sweep saw of one page in one browser. */
export interface PageVisit {
  name: string;
  /** Why the page could not be measured. */
  failure?: string;
  /** The content script's view: null when it did not answer. */
  extension: { isArticle: boolean; quotes: string[] } | null;
  highlights: string[];
  /** ms from the start of the navigation until the overlay's host joined the page; null when it did not. */
  overlayMs: number | null;
  /** The longest task of the extension's code on the page's main thread; null when it could not be measured. */
  task: ExtensionTask | null;
  errors: string[];
  layout: PageLayout | null;
  boxes: OverlayBoxes | null;
}

/** How many lines of article text a box covers: where the page opens, and at any scroll position. */
export interface Coverage {
  atRest: number;
  scrolling: number;
}

export interface PageResult extends PageVisit {
  /** The command line's decision, null when it failed on the page. */
  cliArticle: boolean | null;
  decisionDiffers: boolean;
  quotesDiffer: boolean;
  /** What differs between the two readings of the page, said briefly. */
  difference: string | null;
  highlightsDiffer: boolean;
  /** Lines under the panel when it opened by itself, and under the folded toggle (null: not shown). */
  panelCovers: Coverage | null;
  toggleCovers: Coverage | null;
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether two lists hold the same texts, as many times each, white space aside. */
function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  const sorted = (texts: readonly string[]) => texts.map(norm).sort().join('\u0000');
  return a.length === b.length && sorted(a) === sorted(b);
}

/** The lines of article text that a box of the window covers, where the page opens and at some scroll position (a
 *  `fixed` box stays in the window as the page scrolls under it; any other moves with the page). */
export function coverage(box: PageBox, position: string, layout: PageLayout): Coverage {
  const across = (line: PageBox) => Math.min(line.right, box.right) - Math.max(line.left, box.left) > OVERLAP_PX;
  const down = (top: number, bottom: number) => Math.min(bottom, box.bottom) - Math.max(top, box.top) > OVERLAP_PX;
  let atRest = 0;
  let scrolling = 0;
  for (const line of layout.lines.filter(across)) {
    if (down(line.top, line.bottom)) atRest++;
    if (position !== 'fixed') continue;
    // Scrolled by s, the line stands at [top - s, bottom - s] in the window: under the box for some s in
    // [0, maxScrollY] when s can lie between top - box.bottom and bottom - box.top.
    const from = Math.max(0, line.top - box.bottom + OVERLAP_PX);
    const to = Math.min(layout.maxScrollY, line.bottom - box.top - OVERLAP_PX);
    if (from < to || down(line.top, line.bottom)) scrolling++;
  }
  return { atRest, scrolling: position === 'fixed' ? scrolling : atRest };
}

/** The paragraphs of one text that the other lacks, counted, with the start of the first. */
function missingParagraphs(text: string, other: string): { count: number; first: string } {
  const others = new Set(other.split('\n\n').map(norm));
  const missing = text.split('\n\n').map(norm).filter((p) => p && !others.has(p));
  return { count: missing.length, first: missing[0]?.slice(0, 60) ?? '' };
}

function describeDifference(browserText: string, cliText: string): string {
  const onlyCli = missingParagraphs(cliText, browserText);
  const onlyBrowser = missingParagraphs(browserText, cliText);
  const parts = [`text ${browserText.length} chars in the browser, ${cliText.length} on the command line`];
  if (onlyCli.count) parts.push(`${onlyCli.count} paragraphs only on the command line ("${onlyCli.first}…")`);
  if (onlyBrowser.count) parts.push(`${onlyBrowser.count} only in the browser ("${onlyBrowser.first}…")`);
  return parts.join('; ');
}

export function comparePage(visit: PageVisit, cli: Analysis | null): PageResult {
  const extension = visit.extension;
  const decisionDiffers = !!extension && !!cli && extension.isArticle !== cli.isArticle;
  const quotesDiffer = !!extension && !!cli && !sameTexts(extension.quotes, cli.quotes.map((q) => q.text));
  const differs = decisionDiffers || quotesDiffer;
  const boxes = visit.boxes;
  const covers = (box: PageBox | null) => (box && visit.layout && boxes ? coverage(box, boxes.position, visit.layout) : null);
  return {
    ...visit,
    cliArticle: cli?.isArticle ?? null,
    decisionDiffers,
    quotesDiffer,
    difference: differs && cli && visit.layout ? describeDifference(visit.layout.text, cli.text) : null,
    highlightsDiffer: !!extension && !sameTexts(visit.highlights, extension.quotes),
    panelCovers: boxes && !boxes.collapsed ? covers(boxes.panel) : null,
    toggleCovers: boxes?.collapsed ? covers(boxes.toggle) : null,
  };
}

const yesNo = (value: boolean | null | undefined) => (value === null || value === undefined ? '?' : value ? 'yes' : 'no');
const coverText = (what: string, c: Coverage | null) => (c ? `${what} over ${c.atRest} lines (${c.scrolling} scrolling)` : '');

/** One line per page: what a reader would meet there. */
export function pageLine(browser: string, r: PageResult): string {
  if (r.failure) return `  ${browser} ${r.name}: not measured: ${r.failure}`;
  const ext = r.extension;
  const parts = [
    `article ${yesNo(ext?.isArticle)}${r.decisionDiffers ? ` (command line ${yesNo(r.cliArticle)})` : ''}`,
    `quotes ${ext?.quotes.length ?? '?'}${r.quotesDiffer ? ' (command line differs)' : ''}`,
    r.highlightsDiffer ? `highlights ${r.highlights.length} ≠ its quotes` : '',
    r.overlayMs === null ? '' : `overlay ${Math.round(r.overlayMs)} ms`,
    r.task ? `task ${r.task.ms} ms (CPU ${r.task.cpuMs} ms${r.task.scriptStart ? ', the script\'s start' : ''})` : 'task ?',
    coverText('panel', r.panelCovers),
    coverText('toggle', r.toggleCovers),
    r.errors.length ? `${r.errors.length} errors: ${r.errors[0].slice(0, 160)}` : '',
  ];
  const line = `  ${browser} ${r.name}: ${parts.filter(Boolean).join(', ')}`;
  return r.difference ? `${line}\n      ${r.difference}` : line;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null;
};

export interface BrowserSummary {
  browser: string;
  pages: number;
  measured: number;
  /** Pages that went to another site by themselves (see WENT_AWAY): not measured, and no target's. */
  wentAway: string[];
  notMeasured: string[];
  errorPages: string[];
  errors: number;
  panelOverText: string[];
  panelOverTextScrolling: string[];
  toggleOverText: string[];
  toggleOverTextScrolling: string[];
  decisionDiffers: string[];
  quotesDiffer: string[];
  highlightsDiffer: string[];
  articles: number;
  overlayMedianMs: number | null;
  overlayP95Ms: number | null;
  /** The longest task of the extension's code over the pages, and the 95th percentile of each page's longest: in
   *  CPU time (what the targets judge) and as it lasted. */
  longestTaskCpuMs: number | null;
  p95TaskCpuMs: number | null;
  longestTaskMs: number | null;
  p95TaskMs: number | null;
  /** Share of measured pages whose longest task of the extension's code took at most TARGETS.p95TaskMs of CPU. */
  shareWithin16Ms: number | null;
  /** Firefox: pages whose longest task (in CPU time) is one of the content script's start (firefox-profile.ts). */
  longestAtScriptStart: string[];
  /** Targets broken, said in words; empty when all hold. */
  broken: string[];
}

export function summarize(browser: string, results: PageResult[]): BrowserSummary {
  const measured = results.filter((r) => !r.failure);
  const names = (pick: (r: PageResult) => boolean) => measured.filter(pick).map((r) => r.name);
  const overlays = measured.map((r) => r.overlayMs).filter((ms): ms is number => ms !== null);
  const tasks = measured.map((r) => r.task).filter((task): task is ExtensionTask => task !== null);
  const cpu = tasks.map((task) => task.cpuMs);
  const lasted = tasks.map((task) => task.ms);
  const summary: BrowserSummary = {
    browser,
    pages: results.length,
    measured: measured.length,
    wentAway: results.filter((r) => r.failure?.startsWith(WENT_AWAY)).map((r) => r.name),
    notMeasured: results.filter((r) => r.failure && !r.failure.startsWith(WENT_AWAY)).map((r) => r.name),
    errorPages: names((r) => r.errors.length > 0),
    errors: measured.reduce((n, r) => n + r.errors.length, 0),
    panelOverText: names((r) => (r.panelCovers?.atRest ?? 0) > 0),
    panelOverTextScrolling: names((r) => (r.panelCovers?.scrolling ?? 0) > 0),
    toggleOverText: names((r) => (r.toggleCovers?.atRest ?? 0) > 0),
    toggleOverTextScrolling: names((r) => (r.toggleCovers?.scrolling ?? 0) > 0),
    decisionDiffers: names((r) => r.decisionDiffers),
    quotesDiffer: names((r) => r.quotesDiffer && !r.decisionDiffers),
    highlightsDiffer: names((r) => r.highlightsDiffer),
    articles: measured.filter((r) => r.extension?.isArticle).length,
    overlayMedianMs: percentile(overlays, 50),
    overlayP95Ms: percentile(overlays, 95),
    longestTaskCpuMs: cpu.length ? Math.max(...cpu) : null,
    p95TaskCpuMs: percentile(cpu, 95),
    longestTaskMs: lasted.length ? Math.max(...lasted) : null,
    p95TaskMs: percentile(lasted, 95),
    shareWithin16Ms: cpu.length ? cpu.filter((ms) => ms <= TARGETS.p95TaskMs).length / cpu.length : null,
    longestAtScriptStart: names((r) => !!r.task?.scriptStart),
    broken: [],
  };
  summary.broken = brokenTargets(summary);
  return summary;
}

function brokenTargets(s: BrowserSummary): string[] {
  const broken: string[] = [];
  if (s.errors) broken.push(`${s.errors} errors from the extension`);
  if (s.panelOverText.length) broken.push(`the panel opened by itself over article text on ${s.panelOverText.length} pages`);
  if (s.toggleOverText.length) broken.push(`the folded toggle over article text on ${s.toggleOverText.length} pages`);
  if (s.highlightsDiffer.length) broken.push(`highlights other than the extension's quotations on ${s.highlightsDiffer.length} pages`);
  if (s.longestTaskCpuMs !== null && s.longestTaskCpuMs > TARGETS.longestTaskMs) broken.push(`a task of ${s.longestTaskCpuMs} ms of CPU`);
  if (s.p95TaskCpuMs !== null && s.p95TaskCpuMs > TARGETS.p95TaskMs) broken.push(`95th percentile task ${s.p95TaskCpuMs} ms of CPU`);
  if (s.notMeasured.length) broken.push(`${s.notMeasured.length} pages not measured`);
  return broken;
}

const listed = (names: string[]) => (names.length ? `: ${names.slice(0, 12).join(', ')}${names.length > 12 ? ', …' : ''}` : '');
const ms = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x)} ms`);

export function printSummary(s: BrowserSummary): void {
  const row = (label: string, value: string, target = '') => console.log(`  ${label.padEnd(58)} ${value}${target ? `   (target ${target})` : ''}`);
  console.log(`\n${s.browser}: ${s.pages} pages, ${s.measured} measured; not measured${listed(s.notMeasured) || ': none'}`);
  if (s.wentAway.length) console.log(`  went to another site by themselves (not measured): ${s.wentAway.join(', ')}`);
  row('errors from the extension', `${s.errors} on ${s.errorPages.length} pages${listed(s.errorPages)}`, '0');
  row('panel opened by itself over article text, where it opens', `${s.panelOverText.length} pages${listed(s.panelOverText)}`, '0');
  row('  … over a line that scrolls under it', `${s.panelOverTextScrolling.length} pages${listed(s.panelOverTextScrolling)}`);
  row('folded toggle over article text, where it opens', `${s.toggleOverText.length} pages${listed(s.toggleOverText)}`, '0');
  row('  … over a line that scrolls under it', `${s.toggleOverTextScrolling.length} pages${listed(s.toggleOverTextScrolling)}`);
  row('article decision: browser ≠ command line', `${s.decisionDiffers.length} pages${listed(s.decisionDiffers)}`, '0 or explained');
  row('quotations: browser ≠ command line (same decision)', `${s.quotesDiffer.length} pages${listed(s.quotesDiffer)}`, '0 or explained');
  row("highlights ≠ the extension's own quotations", `${s.highlightsDiffer.length} pages${listed(s.highlightsDiffer)}`, '0');
  row(`time to the overlay (${s.articles} articles)`, `median ${ms(s.overlayMedianMs)}, p95 ${ms(s.overlayP95Ms)}`);
  const share = s.shareWithin16Ms === null ? 'n/a' : `${Math.round(s.shareWithin16Ms * 1000) / 10} %`;
  row(
    "longest task of the extension's code, CPU time",
    `max ${s.longestTaskCpuMs ?? 'n/a'} ms, p95 ${s.p95TaskCpuMs ?? 'n/a'} ms, ≤ ${TARGETS.p95TaskMs} ms on ${share} of pages`,
    `≤ ${TARGETS.longestTaskMs} ms, ≤ ${TARGETS.p95TaskMs} ms on 95 %`,
  );
  row('  … as long as it lasted (waiting for a CPU included)', `max ${s.longestTaskMs ?? 'n/a'} ms, p95 ${s.p95TaskMs ?? 'n/a'} ms`);
  if (s.longestAtScriptStart.length) row('  … pages where it is a task of the script\'s start (wxt.config.ts)', `${s.longestAtScriptStart.length}`);
  console.log(`  ${s.broken.length ? `targets broken: ${s.broken.join('; ')}` : 'every target holds'}`);
}
