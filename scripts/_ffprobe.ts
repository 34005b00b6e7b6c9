import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { launchFirefox } from './firefox';
import { readPage } from './read-page';
async function main() {
  const html = await readPage(process.argv[2]);
  const server = createServer((req, res) => { res.writeHead(req.url === '/p.html' ? 200 : 404, {'content-type': 'text/html; charset=utf-8'}); res.end(req.url === '/p.html' ? html : ''); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as any).port}/p.html`;
  const ff = await launchFirefox(process.argv[3] ?? '.output/firefox-mv2');
  try {
    const conn = (ff.browser() as any).connection;
    const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const ctx = tree.result.contexts[0].context;
    const chrome = async (expression: string) => (await conn.send('script.evaluate', { expression, target: { context: ctx }, awaitPromise: true })).result;
    for (let round = 0; round < 2; round++) {
      await chrome(`Services.profiler.StartProfiler(1<<22, 1, ['js','cpu'], ['GeckoMain'])`);
      const page = await ff.browser().newPage();
      await page.goto(url, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 6000));
      const r = await chrome(`Services.profiler.getProfileDataAsync().then((p) => { Services.profiler.StopProfiler(); return JSON.stringify(p); })`);
      writeFileSync(`/tmp/ffx/profile-${round}.json`, r.result.value);
      await page.close();
    }
    console.log(ff.extensionOrigin);
  } finally { await ff.close(); server.close(); }
}
main();
