/**
 * Mozilla's own linter on the built Firefox extension (what addons.mozilla.org runs on submission): no error, and
 * no unsafe assignment in Glossa's own code (the ones it finds are inside Preact's renderer, which assigns
 * innerHTML only for `dangerouslySetInnerHTML`, never used here).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIRS } from './helpers';

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

/** The built code around a lint message's position. */
function codeAround(message: LintMessage, before = 400): string {
  const lines = readFileSync(resolve(EXTENSION_DIRS.firefox, message.file!), 'utf8').split('\n');
  const line = lines[(message.line ?? 1) - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - before), column + 40);
}

function lint(dir: string): { errors: LintMessage[]; warnings: LintMessage[] } {
  const bin = resolve(__dirname, '../../node_modules/.bin/web-ext');
  let out: string;
  try {
    out = execFileSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-input'], { encoding: 'utf8' });
  } catch (error) {
    // web-ext exits non-zero when it finds errors; its report is still on stdout.
    out = (error as { stdout: string }).stdout;
  }
  return JSON.parse(out);
}

describe('web-ext lint on the Firefox build', () => {
  const report = lint(EXTENSION_DIRS.firefox);

  it('reports no error', () => {
    expect(report.errors).toEqual([]);
  });

  it('reports no warning but the innerHTML assignments inside Preact', () => {
    const others = report.warnings.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT');
    expect(others).toEqual([]);
    for (const w of report.warnings) expect(codeAround(w)).toContain('dangerouslySetInnerHTML');
  });
});
