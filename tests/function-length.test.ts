/**
 * Functions that fit on a screen: none in entrypoints/, components/ or utils/ over 60 lines, none in lib/ over 80.
 * Every function counts, declared, method, arrow or expression, over its whole span (a nested function counts
 * inside its parent's span too), as the TypeScript compiler reads the file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
/** The longest a function may be, in lines, in each layer. */
const MAX_LINES: Record<string, number> = { lib: 80, entrypoints: 60, components: 60, utils: 60 };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const isFunction = (node: ts.Node) =>
  ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) ||
  ts.isConstructorDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);

/** The function's name as a reader finds it: its own, or that of the variable or property it is assigned to. */
function nameOf(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText();
  return '(anonymous)';
}

/** Each function of `file` longer than `limit` lines: "path:line name (N lines)". */
function longFunctions(file: string, limit: number): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (isFunction(node)) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const lines = source.getLineAndCharacterOfPosition(node.getEnd()).line - first + 1;
      if (lines > limit) found.push(`${relative(ROOT, file)}:${first + 1} ${nameOf(node)} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('functions that fit on a screen', () => {
  for (const [dir, limit] of Object.entries(MAX_LINES)) {
    it(`none in ${dir}/ over ${limit} lines`, () => {
      const files = sourceFiles(join(ROOT, dir));
      expect(files.length).toBeGreaterThan(0);
      expect(files.flatMap((file) => longFunctions(file, limit))).toEqual([]);
    });
  }

  it('measures a long function as one', () => {
    const body = Array.from({ length: 70 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const path = join(ROOT, 'tests', 'function-length.test.ts');
    const source = ts.createSourceFile(path, `function long() {\n${body}\n}\n`, ts.ScriptTarget.Latest, true);
    const fn = source.statements[0];
    const lines = source.getLineAndCharacterOfPosition(fn.getEnd()).line - source.getLineAndCharacterOfPosition(fn.getStart(source)).line + 1;
    expect([isFunction(fn), lines]).toEqual([true, 72]);
  });
});
