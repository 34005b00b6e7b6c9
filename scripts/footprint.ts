/**
 * What each part of a built extension costs to load, in gzip bytes: the content script (its reader, injected into
 * every page, and the overlay's script, added to the pages where it finds an article), and each extension page with
 * every script, preloaded module and stylesheet its HTML loads. Shared by `npm run bench` and the bundle-size test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Footprint {
  /** What an article's page loads: the reader and the overlay's script. */
  contentScript: number;
  /** What every other page loads. */
  contentReader: number;
  overlay: number;
  background: number;
  popup: number;
  notesPage: number;
  noteFrame: number;
}

/** The targets of issue 6, in gzip bytes. */
export const FOOTPRINT_LIMITS = { contentScript: 40 * 1024, popup: 40 * 1024 } as const;

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The files an extension page's HTML loads: module scripts, module preloads and stylesheets, in the build. */
function pageFiles(buildDir: string, html: string): string[] {
  const source = readFileSync(join(buildDir, html), 'utf8');
  const references = [...source.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+)"/g)].map((match) => match[1]);
  return [...new Set(references)].map((reference) => join(buildDir, reference.replace(/^\//, '')));
}

function pageBytes(buildDir: string, html: string): number {
  return pageFiles(buildDir, html).reduce((sum, file) => sum + gzipBytes(file), 0);
}

/** The footprint of a build directory (`.output/chrome-mv3`), or null when it has not been built. */
export function footprintOf(buildDir: string): Footprint | null {
  const background = ['background.js', 'background.html'].map((f) => join(buildDir, f)).find(existsSync);
  if (!existsSync(join(buildDir, 'manifest.json')) || !background) return null;
  const contentReader = gzipBytes(join(buildDir, 'content-scripts', 'content.js'));
  const overlay = gzipBytes(join(buildDir, 'overlay.js'));
  return {
    contentScript: contentReader + overlay,
    contentReader,
    overlay,
    background: background.endsWith('.html') ? pageBytes(buildDir, 'background.html') : gzipBytes(background),
    popup: pageBytes(buildDir, 'popup.html'),
    notesPage: pageBytes(buildDir, 'notes.html'),
    noteFrame: pageBytes(buildDir, 'note-frame.html'),
  };
}
