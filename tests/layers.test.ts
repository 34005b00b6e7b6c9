/**
 * The engine's boundary: lib/ is pure TypeScript over the DOM, so it imports nothing from the extension's wiring
 * (entrypoints/, components/, utils/) and its modules import one another without a cycle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const WIRING = ['entrypoints', 'components', 'utils'];
/** `import … from '…'`, `export … from '…'` and `import('…')`, type-only imports included. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The project file an import names (relative or through the `@/` alias), or null for a package. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : null;
  if (!base) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((path) => statSync(path, { throwIfNoEntry: false })?.isFile()) ?? base;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => resolveImport(file, m[1])).filter((path): path is string => !!path);
}

/** Every cycle of the import graph, as the files around it (one per strongly connected group). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe("the engine's boundary", () => {
  const files = sourceFiles(join(ROOT, 'lib'));
  const graph = new Map(files.map((file) => [file, importsOf(file)]));

  it('reads every module of lib/', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get(join(ROOT, 'lib/analyze.ts'))).toContain(join(ROOT, 'lib/page.ts'));
  });

  it('imports nothing from the wiring', () => {
    const crossings = [...graph].flatMap(([file, imports]) =>
      imports.filter((path) => WIRING.some((dir) => relative(ROOT, path).startsWith(`${dir}/`))).map((path) => `${relative(ROOT, file)} → ${relative(ROOT, path)}`));
    expect(crossings).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph).map((cycle) => cycle.map((file) => relative(ROOT, file)).join(' → '))).toEqual([]);
  });
});
