/**
 * Mozilla's own linter on the built Firefox extension (what addons.mozilla.org runs on submission): no error, and
 * no unsafe assignment in Glossa's own code. The ones it finds are inside Preact's renderer, which assigns innerHTML
 * only for `dangerouslySetInnerHTML`, never used here: one per bundle that carries Preact, and Glossa's sources have
 * no way at all of turning a string into markup or code.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIRS } from './helpers';

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

const ROOT = resolve(__dirname, '../..');
/** Glossa's own code, as built into the extension. */
const SOURCE_DIRS = ['entrypoints', 'components', 'utils', 'lib'];
/** Ways to turn a string into markup or into code. */
const STRING_SINKS = [
  /\.innerHTML\b/, /\.outerHTML\s*=/, /\binsertAdjacentHTML\b/, /\bdocument\.write(ln)?\b/, /\bcreateContextualFragment\b/,
  /\bdangerouslySetInnerHTML\b/, /\bsrcdoc\b/, /\beval\s*\(/, /\bnew Function\b/, /\bset(Timeout|Interval)\(\s*['"`]/,
];

/** The built code around a lint message's position. */
function codeAround(message: LintMessage, before = 400): string {
  const lines = readFileSync(resolve(EXTENSION_DIRS.firefox, message.file!), 'utf8').split('\n');
  const line = lines[(message.line ?? 1) - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - before), column + 40);
}

function lint(dir: string): { errors: LintMessage[]; warnings: LintMessage[] } {
  const bin = resolve(ROOT, 'node_modules/.bin/web-ext');
  let out: string;
  try {
    out = execFileSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-input'], { encoding: 'utf8' });
  } catch (error) {
    // web-ext exits non-zero when it finds errors; its report is still on stdout.
    out = (error as { stdout: string }).stdout;
  }
  return JSON.parse(out);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('web-ext lint on the Firefox build', () => {
  const report = lint(EXTENSION_DIRS.firefox);

  it('reports no error', () => {
    expect(report.errors).toEqual([]);
  });

  it('reports no warning but the innerHTML assignments inside Preact, one per bundle that carries it', () => {
    const others = report.warnings.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT');
    expect(others).toEqual([]);
    for (const w of report.warnings) {
      expect(w.message, `${w.file}:${w.line}`).toMatch(/innerHTML/);
      expect(codeAround(w), `${w.file}:${w.line}`).toContain('dangerouslySetInnerHTML');
    }
    const files = report.warnings.map((w) => w.file);
    expect(files.length, `unsafe assignments per built file: ${files.join(', ')}`).toBe(new Set(files).size);
  });

  it("finds no way of turning a string into markup or code in Glossa's own sources", () => {
    const found: string[] = [];
    for (const file of SOURCE_DIRS.flatMap((dir) => sourceFiles(resolve(ROOT, dir)))) {
      readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
        for (const sink of STRING_SINKS) if (sink.test(line)) found.push(`${relative(ROOT, file)}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
