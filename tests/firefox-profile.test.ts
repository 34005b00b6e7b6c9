// @vitest-environment node
/**
 * How `npm run sweep` reads the longest task of the extension's code from Firefox's profiler (scripts/firefox-profile.ts),
 * on profiles written here in Gecko's format: runs of samples of one kind of task between idle samples, each sample a
 * millisecond with the CPU time the thread spent since the one before.
 */
import { describe, expect, it } from 'vitest';
import { extensionLongestTask, type Profile, type ProfileThread } from '../scripts/firefox-profile';

const ORIGIN = 'moz-extension://8b3c41d2-5f1e-4a7b-9c0d-2e6f7a8b9c10';
const SCRIPT = `${ORIGIN}/content-scripts/content.js`;
const CATEGORIES = ['Idle', 'Other', 'JavaScript'];

/** A content process's main thread, its stacks made from the frames' locations, outermost first. */
class ThreadWriter {
  private readonly thread: ProfileThread = {
    name: 'GeckoMain',
    stringTable: [],
    samples: { schema: { stack: 0, time: 1, threadCPUDelta: 2 }, data: [] },
    stackTable: { schema: { prefix: 0, frame: 1 }, data: [] },
    frameTable: { schema: { location: 0, category: 1 }, data: [] },
  };
  private readonly stacks = new Map<string, number>();
  private time = 0;

  /** One sample a millisecond after the one before, the thread having worked `cpuMs` of it. */
  sample(frames: string[], cpuMs = 1): this {
    this.time += 1;
    this.thread.samples.data.push([this.stack(frames), this.time, cpuMs * 1e6]);
    return this;
  }

  samples(count: number, frames: string[], cpuMs = 1): this {
    for (let i = 0; i < count; i++) this.sample(frames, cpuMs);
    return this;
  }

  profile(): Profile {
    return { meta: { categories: CATEGORIES.map((name) => ({ name })) }, threads: [this.thread] };
  }

  private stack(frames: string[]): number {
    let prefix: number | null = null;
    frames.forEach((location, depth) => {
      const key = frames.slice(0, depth + 1).join('\n');
      let stack = this.stacks.get(key);
      if (stack === undefined) {
        const category = location === IDLE_WAIT ? 0 : location.includes(ORIGIN) ? 2 : 1;
        this.thread.stringTable.push(location);
        this.thread.frameTable.data.push([this.thread.stringTable.length - 1, category]);
        this.thread.stackTable.data.push([prefix, this.thread.frameTable.data.length - 1]);
        stack = this.thread.stackTable.data.length - 1;
        this.stacks.set(key, stack);
      }
      prefix = stack;
    });
    return prefix!;
  }
}

const EVENT_LOOP = 'XRE_InitChildProcess';
const IDLE_WAIT = 'nsThread::ProcessNextEvent (waiting)';
const idle = [EVENT_LOOP, IDLE_WAIT];
const idleSlice = [EVENT_LOOP, '0x7f1c2bc001a1', 'requestIdleCallback handler', `slice (${SCRIPT}:1:4120)`, `walkBlockSteps (${SCRIPT}:1:20410)`];
const pageScript = [EVENT_LOOP, 'requestIdleCallback handler', 'hydrate (http://127.0.0.1:8080/app.js:3:12)'];
const domContentLoaded = [EVENT_LOOP, 'EventDispatcher::Dispatch', 'EventDispatcher::Dispatch DOMContentLoaded', 'handleEvent (resource://gre/actors/ContentMetaChild.sys.mjs:93:14)'];
const scriptStart = [EVENT_LOOP, 'EventDispatcher::Dispatch', 'EventDispatcher::Dispatch load', 'promise callback', `${SCRIPT}[12]`, `${SCRIPT}:1:10[12]`];

describe('Firefox profile: the longest task of the extension’s code', () => {
  it('reads a run of samples of one kind between idle samples as a task: how long it lasted and its CPU time', () => {
    const profile = new ThreadWriter().samples(2, scriptStart).samples(3, idle).samples(6, idleSlice, 0.5).samples(2, idle).profile();
    expect(extensionLongestTask(profile, ORIGIN)).toEqual({ ms: 6, cpuMs: 3, scriptStart: false });
  });

  it('counts no task without a frame of the extension’s code, however long', () => {
    const profile = new ThreadWriter().samples(2, scriptStart).sample(idle).samples(30, pageScript).sample(idle).samples(4, idleSlice).sample(idle).profile();
    expect(extensionLongestTask(profile, ORIGIN)).toMatchObject({ ms: 4, cpuMs: 4 });
  });

  it('reads two event dispatches in a row as two tasks, and says which one evaluated the content script', () => {
    const profile = new ThreadWriter().sample(idle).samples(7, domContentLoaded).samples(5, scriptStart).sample(idle).profile();
    expect(extensionLongestTask(profile, ORIGIN)).toEqual({ ms: 5, cpuMs: 5, scriptStart: true });
  });

  it('says the longest task is not the script’s start when a later one took more CPU time', () => {
    const profile = new ThreadWriter().sample(idle).samples(5, scriptStart).sample(idle).samples(8, idleSlice).sample(idle).profile();
    expect(extensionLongestTask(profile, ORIGIN)).toEqual({ ms: 8, cpuMs: 8, scriptStart: false });
  });

  it('reads nothing from a thread where the content script has not started', () => {
    const profile = new ThreadWriter().sample(idle).samples(9, pageScript).sample(idle).profile();
    expect(extensionLongestTask(profile, ORIGIN)).toEqual({ ms: 0, cpuMs: 0, scriptStart: false });
  });
});
