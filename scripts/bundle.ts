/**
 * Code bundled by esbuild into plain JavaScript, as the extension ships it, for the benchmarks: Glossa's engine is
 * timed as the user runs it. (Run from source under tsx, it is not: tsx compiles every TypeScript file with
 * esbuild's keepNames, which wraps each nested function and closure in a `__name` call as it is made, so that stack
 * traces keep their names. The extension's build has no such call; Readability, plain JavaScript from node_modules,
 * gets none under tsx either, so timing the source would slow Glossa's side alone.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');

/** `source` (TypeScript, its imports relative to the project's root) bundled with everything it imports, minified:
 *  an ES module, or, with `globalName`, a browser script that defines that global. */
export async function bundle(source: string, { globalName }: { globalName?: string } = {}): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: `${globalName ?? 'module'}.ts` },
    bundle: true,
    format: globalName ? 'iife' : 'esm',
    globalName,
    // The engine is written for pages: no Node module in it.
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Imports `source` bundled (see `bundle`) from a temporary file: the module as the extension would run it. */
export async function importBundled<T>(source: string): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'glossa-bench-'));
  const file = join(dir, 'engine.mjs');
  try {
    writeFileSync(file, await bundle(source));
    return (await import(pathToFileURL(file).href)) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
