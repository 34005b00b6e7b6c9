/**
 * Firefox's own profiler (the Gecko profiler of about:profiling), driven over WebDriver BiDi in Firefox's chrome
 * scope (which `--remote-allow-system-access` opens to the driver: scripts/firefox.ts), and read for what Chromium's
 * trace tells `npm run sweep`: the longest task of a page's main thread that ran the extension's code.
 *
 * Gecko's profile has no event per task. Its main-thread samples (one a millisecond) carry the thread's stack and
 * its CPU time since the sample before. Every stack starts at the event loop (XRE_InitChildProcess) with a label
 * frame naming the kind of task it runs ('EventDispatcher::Dispatch', 'requestIdleCallback handler', 'RefreshDriver
 * tick', 'promise callback'…); a task is read as a run of samples with the same such label, between idle samples
 * (the event loop's wait). Two tasks of the same kind in a row read as one: the figure errs long. A task lasted the
 * time its run spans, and the thread worked the CPU time its samples add up to (less, on a busy machine, while it
 * waited for a CPU). It ran the extension's code when one of its samples has a moz-extension:// frame. The extension's content script runs on the main thread of the page's content process, which is told by
 * that script's address among the thread's frames.
 *
 * The profiler is told not to take a backtrace for each marker (`nomarkerstacks`): it takes one inside every
 * requestIdleCallback and setTimeout call, which is the profiler's work in the extension's tasks, not the extension's
 * (1 to 2 samples in 10 of the content script's in the profiles this was checked on). The longest task says whether it
 * is one of the content script's start: a task whose outermost frame of the extension's is the script's top level or
 * a function without a name there, as the build's start tasks are (wxt.config.ts: the evaluation, then the tasks that
 * first use the extension API, which has Firefox set up that API for the page, its schemas parsed and its child
 * scripts loaded, then the script's body). An unnamed callback of the script's own reads the same: the flag errs
 * towards the start.
 */
import type { Browser } from 'puppeteer-core';

/** Samples a millisecond, into a buffer of this many entries (8 bytes each). */
const SAMPLE_INTERVAL_MS = 1;
/** The frame every task's stack starts from on a content process's main thread. */
const EVENT_LOOP_FRAME = 'XRE_InitChildProcess';
const BUFFER_ENTRIES = 1 << 22;

/** What this file reads of Gecko's profile format (processed format version 34 and near). */
export interface Table<Row = unknown[]> {
  schema: Record<string, number>;
  data: Row[];
}
export interface ProfileThread {
  name: string;
  stringTable: string[];
  samples: Table<(number | null)[]>;
  stackTable: Table<(number | null)[]>;
  frameTable: Table<(number | string | boolean | null)[]>;
}
export interface Profile {
  meta: { categories: { name: string }[] };
  threads: ProfileThread[];
  processes?: Profile[];
}

/** Evaluates `expression` in Firefox's chrome scope (its main window's privileged JavaScript). */
async function inChromeScope(browser: Browser, expression: string): Promise<unknown> {
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: any }> } }).connection;
  if (!connection?.send) throw new Error('puppeteer-core changed: no BiDi connection under browser.connection');
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const context = tree.result.contexts[0]?.context;
  const { result } = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  if (result.type !== 'success') throw new Error(`in Firefox's chrome scope: ${JSON.stringify(result.exceptionDetails?.text ?? result)}`);
  return result.result?.value;
}

/** Starts the profiler on every process's main thread. */
export async function startProfiler(browser: Browser): Promise<void> {
  await inChromeScope(browser, `Services.profiler.StartProfiler(${BUFFER_ENTRIES}, ${SAMPLE_INTERVAL_MS}, ['js', 'cpu', 'nomarkerstacks'], ['GeckoMain'])`);
}

/** The longest main-thread task that ran the extension's code: how long it lasted and how much CPU time the thread
 *  spent in it, in ms (0 when none ran it). */
export interface ExtensionTask {
  ms: number;
  cpuMs: number;
  /** Firefox only: whether the task (the one of the most CPU time) is one of the content script's start. */
  scriptStart?: boolean;
}

/** Stops the profiler; returns the longest task that ran the extension's code on the main thread of a page whose
 *  content script came from `extensionOrigin`. */
export async function stopProfiler(browser: Browser, extensionOrigin: string): Promise<ExtensionTask> {
  const json = await inChromeScope(
    browser,
    'Services.profiler.getProfileDataAsync().then((profile) => { Services.profiler.StopProfiler(); return JSON.stringify(profile); })',
  );
  return extensionLongestTask(JSON.parse(String(json)) as Profile, extensionOrigin);
}

export function extensionLongestTask(profile: Profile, extensionOrigin: string): ExtensionTask {
  const categories = profile.meta.categories.map((c) => c.name);
  const longest: Required<ExtensionTask> = { ms: 0, cpuMs: 0, scriptStart: false };
  for (const process of [profile, ...(profile.processes ?? [])]) {
    for (const thread of process.threads) {
      if (thread.name !== 'GeckoMain' || !thread.stringTable.some((s) => s.startsWith(`${extensionOrigin}/content-scripts/`))) continue;
      for (const task of extensionTasks(thread, categories, extensionOrigin)) {
        longest.ms = Math.max(longest.ms, task.ms);
        if (task.cpuMs > longest.cpuMs) Object.assign(longest, { cpuMs: task.cpuMs, scriptStart: task.scriptStart });
      }
    }
  }
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { ms: round(longest.ms), cpuMs: round(longest.cpuMs), scriptStart: longest.scriptStart };
}

/** The tasks (runs of non-idle samples of one kind) with a frame of the extension's code. */
function extensionTasks(thread: ProfileThread, categories: string[], extensionOrigin: string): Required<ExtensionTask>[] {
  const frames = new StackFrames(thread, categories);
  const { stack: STACK, time: TIME, threadCPUDelta: CPU } = thread.samples.schema;
  const tasks: Required<ExtensionTask>[] = [];
  const noRun = { kind: '', ms: 0, cpuMs: 0, extension: false, scriptStart: false };
  let run = noRun;
  let previousTime: number | null = null;
  for (const sample of thread.samples.data) {
    const time = sample[TIME] as number;
    const stack = sample[STACK] as number | null;
    const elapsed = previousTime === null ? SAMPLE_INTERVAL_MS : time - previousTime;
    previousTime = time;
    const kind = stack !== null && frames.category(stack) !== 'Idle' ? frames.taskKind(stack) : '';
    if (kind !== run.kind) {
      if (run.extension) tasks.push(run);
      run = kind ? { kind, ms: 0, cpuMs: 0, extension: false, scriptStart: false } : noRun;
    }
    if (!kind) continue;
    run.ms += elapsed;
    run.cpuMs += Math.min(elapsed, ((sample[CPU] as number | null) ?? 0) / 1e6);
    run.extension ||= frames.reaches(stack!, extensionOrigin);
    run.scriptStart ||= frames.outermostFrom(stack!, extensionOrigin)?.startsWith(extensionOrigin) ?? false;
  }
  if (run.extension) tasks.push(run);
  return tasks;
}

/** A thread's stacks: the category of each, and whether a frame in it comes from an address. */
class StackFrames {
  private readonly reached = new Map<number, boolean>();
  private readonly kinds = new Map<number, string>();

  constructor(
    private readonly thread: ProfileThread,
    private readonly categories: string[],
  ) {}

  private prefix(stack: number): number | null {
    return this.thread.stackTable.data[stack][this.thread.stackTable.schema.prefix] as number | null;
  }

  private frame(stack: number): (number | string | boolean | null)[] {
    return this.thread.frameTable.data[this.thread.stackTable.data[stack][this.thread.stackTable.schema.frame] as number];
  }

  /** The category of the innermost frame that has one. */
  category(stack: number): string {
    for (let s: number | null = stack; s !== null; s = this.prefix(s)) {
      const category = this.frame(s)[this.thread.frameTable.schema.category];
      if (typeof category === 'number') return this.categories[category];
    }
    return '';
  }

  private location(stack: number): string {
    return this.thread.stringTable[this.frame(stack)[this.thread.frameTable.schema.location] as number] ?? '';
  }

  /** The kind of task the stack runs: the first label frame above the event loop's (not a bare code address). */
  taskKind(stack: number): string {
    const kind = this.kindSoFar(stack);
    return kind === '' || kind === EVENT_LOOP_FRAME ? '?' : kind;
  }

  /** '' below the event loop's frame, that frame's name until a label follows it, then the label, or the label that
   *  names what it does ('EventDispatcher::Dispatch' then 'EventDispatcher::Dispatch load'): two dispatches of
   *  different events in a row are two tasks (DOMContentLoaded's, where Firefox's own listeners and the driver's run,
   *  and load's, where Firefox injects the content script), not one. */
  private kindSoFar(stack: number): string {
    const known = this.kinds.get(stack);
    if (known !== undefined) return known;
    const prefix = this.prefix(stack);
    const outer = prefix === null ? '' : this.kindSoFar(prefix);
    const location = this.location(stack);
    let kind = outer;
    if (outer === '' && location === EVENT_LOOP_FRAME) kind = EVENT_LOOP_FRAME;
    else if (outer === EVENT_LOOP_FRAME && !/^0x[0-9a-f]+$/.test(location)) kind = location;
    else if (outer !== EVENT_LOOP_FRAME && location.startsWith(`${outer} `)) kind = location;
    this.kinds.set(stack, kind);
    return kind;
  }

  /** The location of the stack's outermost frame of code loaded from `origin`: a script's top level is named by its
   *  address alone, a function by its name then its address in brackets. */
  outermostFrom(stack: number, origin: string): string | undefined {
    let outermost: string | undefined;
    for (let s: number | null = stack; s !== null; s = this.prefix(s)) if (this.location(s).includes(origin)) outermost = this.location(s);
    return outermost;
  }

  /** Whether a frame of the stack is code loaded from `origin` (its location names the address). */
  reaches(stack: number, origin: string): boolean {
    const known = this.reached.get(stack);
    if (known !== undefined) return known;
    const prefix = this.prefix(stack);
    const reaches = this.location(stack).includes(origin) || (prefix !== null && this.reaches(prefix, origin));
    this.reached.set(stack, reaches);
    return reaches;
  }
}
