import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(__dirname, '../..');
const TIMEOUT = 60_000;

function run(args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT });
  const lines = result.stdout.split('\n').filter(Boolean);
  return { status: result.status, lines, json: lines.map((l) => JSON.parse(l) as Record<string, unknown>), stderr: result.stderr };
}

const EN_BODY = [
  'The harbour authority said on Tuesday that the new ferry terminal would open in the autumn, two years later than planned, after a dispute over dredging costs.',
  '“We are confident the terminal will be worth the wait,” said Ann Lee, the authority’s director, at a press conference in the port.',
  'Ferry operators have complained for months that the old terminal is too small for modern ships, and that passengers wait too long in the cold.',
  'The project has cost eighty million pounds so far, twice the original budget, according to figures released by the authority last week.',
];
const EN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>New ferry terminal delayed | Harbour News</title></head><body>
  <nav><a href="/">Home</a></nav><article><h1>New ferry terminal delayed</h1>${EN_BODY.map((p) => `<p>${p}</p>`).join('')}</article>
  <footer>© Harbour News</footer></body></html>`;

const AR_BODY = [
  'أعلنت وزارة الصحة يوم الأحد عن حملة وطنية لتطعيم الأطفال ضد شلل الأطفال في جميع المحافظات، تستمر أسبوعاً كاملاً ابتداءً من الشهر المقبل.',
  'وقال وزير الصحة في مؤتمر صحفي إن الحملة تستهدف أكثر من خمسة عشر مليون طفل دون سن الخامسة، وإن الفرق الطبية ستزور المنازل في القرى والمدن.',
  'وأضاف الوزير أن اللقاحات متوفرة بكميات كافية في جميع مراكز الرعاية الصحية، وأن الحكومة خصصت ميزانية إضافية لتغطية تكاليف النقل والتخزين.',
];
const AR_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>حملة لتطعيم الأطفال</title></head><body>
  <article><h1>حملة وطنية لتطعيم الأطفال</h1>${AR_BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const LOGIN_PAGE = `<!doctype html><html lang="de"><head><title>Anmelden</title></head><body><form><label>E-Mail</label><input><button>Anmelden</button></form></body></html>`;

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'glossa-cli-'));
  writeFileSync(file('en.html'), EN_PAGE);
  writeFileSync(file('ar.html.gz'), gzipSync(Buffer.from(AR_PAGE, 'utf8')));
  writeFileSync(file('login.html'), LOGIN_PAGE);
  // A PNG header and some binary bytes: not a page.
  writeFileSync(file('image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01, 0xff, 0x00]));
  for (let i = 0; i < 30; i++) writeFileSync(file(`page-${String(i).padStart(2, '0')}.html`), i % 2 ? EN_PAGE : LOGIN_PAGE);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/analyze.ts', () => {
  it('prints one JSON line per input, in input order, and exits 0 when all succeed', () => {
    const inputs = [file('ar.html.gz'), file('en.html'), file('login.html')];
    const { status, json } = run(inputs);
    expect(status).toBe(0);
    expect(json.map((j) => j.source)).toEqual(inputs);
    expect(json.map((j) => j.isArticle)).toEqual([true, true, false]);
    for (const j of json) expect(j).not.toHaveProperty('error');
  }, TIMEOUT);

  it('analyses an .html file: title, language, text', () => {
    const { status, json } = run([file('en.html')]);
    expect(status).toBe(0);
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ source: file('en.html'), isArticle: true, title: 'New ferry terminal delayed', lang: 'en', dir: 'ltr', partial: false });
    expect(json[0].text).toBe(EN_BODY.join('\n\n'));
    expect(typeof json[0].ms).toBe('number');
  }, TIMEOUT);

  it('reads .html.gz input', () => {
    const { status, json } = run([file('ar.html.gz')]);
    expect(status).toBe(0);
    expect(json[0]).toMatchObject({ source: file('ar.html.gz'), isArticle: true, title: 'حملة وطنية لتطعيم الأطفال', lang: 'ar', dir: 'rtl' });
    expect(json[0].text).toBe(AR_BODY.join('\n\n'));
  }, TIMEOUT);

  it('gives {"source","error"} lines for a missing file and a binary file, prints the others, exits non-zero', () => {
    const missing = file('does-not-exist.html');
    const inputs = [file('en.html'), missing, file('image.html'), file('ar.html.gz')];
    const { status, json, lines } = run(inputs);
    expect(status).not.toBe(0);
    expect(lines).toHaveLength(4);
    expect(json.map((j) => j.source)).toEqual(inputs);
    expect(Object.keys(json[1]).sort()).toEqual(['error', 'source']);
    expect(json[1].error).toBe(`no such file: ${missing}`);
    expect(Object.keys(json[2]).sort()).toEqual(['error', 'source']);
    expect(json[2].error).toBe('not an HTML document');
    expect(json[0].isArticle).toBe(true);
    expect(json[3].isArticle).toBe(true);
  }, TIMEOUT);

  it('handles 30 paths in one call', () => {
    const inputs = Array.from({ length: 30 }, (_, i) => file(`page-${String(i).padStart(2, '0')}.html`));
    const { status, json } = run(inputs);
    expect(status).toBe(0);
    expect(json).toHaveLength(30);
    expect(json.map((j) => j.source)).toEqual(inputs);
    expect(json.map((j) => j.isArticle)).toEqual(inputs.map((_, i) => i % 2 === 1));
  }, TIMEOUT);

  it('exits 2 with usage on stderr when given no arguments', () => {
    const { status, lines, stderr } = run([]);
    expect(status).toBe(2);
    expect(lines).toEqual([]);
    expect(stderr).toContain('usage:');
  }, TIMEOUT);
});
