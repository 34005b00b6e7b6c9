/**
 * Watches the page for article text that arrives or changes after it was analysed, and says when to analyse again:
 * - text appears on a page that had no article (lazy hydration, a consent wall lifted, a "read more" expansion);
 * - the article grows, or its paragraphs are replaced or rewritten;
 * - the address changes (a single-page site's navigation, or the reader scrolling into an appended story), once the
 *   new content has arrived: when the page has been quiet for a moment, or after a while if nothing changes.
 * At a bounded cost: the mutation observer only collects what changed (up to a cap); the changes are weighed once
 * the page has been quiet for a moment, in an idle period; analyses the watch asks for are spaced out more and more
 * on a page that keeps changing; and nothing runs while nothing changes. Glossa's overlay adds no text to the page
 * (its host's content is in a closed shadow root, which the observer does not see).
 */
import type { ContentScriptContext } from '#imports';
import type { ArticleText } from '@/lib/article/article-text';
import { whenIdle } from './idle-steps';

export const WATCH = {
  /** The page counts as settled after this long without a change. */
  quietMs: 800,
  /** A page that never stops changing is weighed at least this often. */
  maxWaitMs: 4000,
  /** After an address change with no change to the page, it is analysed anyway after this long. */
  navigationWaitMs: 2500,
  /** New text that may make an article where there was none, or add to the one there. */
  newTextChars: 200,
  /** The nodes kept of a burst of changes; beyond them the page is taken as much changed. */
  maxNodes: 500,
  /** Analyses asked for by the watch are at least this far apart, twice as far after each one, up to the most. */
  minIntervalMs: 2000,
  maxIntervalMs: 60_000,
} as const;

interface Changes {
  added: Node[];
  /** Text nodes whose text was changed in place. */
  rewritten: Node[];
  removed: boolean;
  overflow: boolean;
  navigated: boolean;
}

const noChanges = (): Changes => ({ added: [], rewritten: [], removed: false, overflow: false, navigated: false });

export class PageWatch {
  private changes = noChanges();
  private observer: MutationObserver;
  private quietTimer = 0;
  private firstChangeAt = 0;
  private interval: number = WATCH.minIntervalMs;
  private nextAllowedAt = 0;

  /**
   * @param article the article of the last analysis, null for a page without one
   * @param analyse starts an analysis of the page as it is now
   */
  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly article: () => ArticleText | null,
    private readonly analyse: () => void,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => {
      this.observer.disconnect();
      clearTimeout(this.quietTimer);
    });
  }

  /** The address changed: analyse once the new content has arrived. */
  navigated(): void {
    this.changes.navigated = true;
    this.interval = WATCH.minIntervalMs;
    this.nextAllowedAt = 0;
    // Content that came with the new address, or before it, is weighed once the page is quiet.
    this.armTimer(this.firstChangeAt ? WATCH.quietMs : WATCH.navigationWaitMs);
  }

  private collect(records: MutationRecord[]): void {
    const changes = this.changes;
    for (const record of records) {
      if (record.type === 'characterData') {
        this.keep(changes.rewritten, record.target);
        continue;
      }
      for (const node of Array.from(record.addedNodes)) this.keep(changes.added, node);
      if (record.removedNodes.length) changes.removed = true;
    }
    if (!this.firstChangeAt) this.firstChangeAt = performance.now();
    const waited = performance.now() - this.firstChangeAt;
    this.armTimer(Math.max(0, Math.min(WATCH.quietMs, WATCH.maxWaitMs - waited)));
  }

  private keep(nodes: Node[], node: Node): void {
    if (nodes.length < WATCH.maxNodes) nodes.push(node);
    else this.changes.overflow = true;
  }

  private armTimer(ms: number): void {
    clearTimeout(this.quietTimer);
    this.quietTimer = window.setTimeout(() => whenIdle(this.ctx, () => this.weigh()), ms);
  }

  /** Weighs what changed since the last time, and asks for an analysis when the article may have changed. */
  private weigh(): void {
    const changes = this.changes;
    const now = performance.now();
    if (now < this.nextAllowedAt) {
      this.armTimer(this.nextAllowedAt - now);
      return;
    }
    this.changes = noChanges();
    this.firstChangeAt = 0;
    if (!changes.navigated && !this.articleMayHaveChanged(changes)) return;
    this.nextAllowedAt = now + this.interval;
    this.interval = changes.navigated ? WATCH.minIntervalMs : Math.min(this.interval * 2, WATCH.maxIntervalMs);
    this.analyse();
  }

  private articleMayHaveChanged(changes: Changes): boolean {
    if (changes.overflow) return true;
    const article = this.article();
    const paragraphs = article?.paragraphs.map((p) => p.block.element) ?? [];
    if (changes.removed && paragraphs.some((element) => !element.isConnected)) return true;
    if (changes.rewritten.some((node) => paragraphs.some((element) => element.contains(node)))) return true;
    // New text counts where there was no article, and near the article where there was one: inside the containers
    // of its paragraphs' containers ("read more" may add a container beside the first).
    const containers = new Set(paragraphs.map((element) => element.parentElement?.parentElement ?? element.parentElement ?? element));
    const counts = (node: Node) => node.isConnected && (!article || [...containers].some((container) => container.contains(node)));
    let chars = 0;
    for (const node of changes.added) {
      if (!counts(node)) continue;
      chars += node.textContent?.trim().length ?? 0;
      if (chars >= WATCH.newTextChars) return true;
    }
    return false;
  }
}
