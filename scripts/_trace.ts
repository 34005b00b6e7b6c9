import { createServer } from 'node:http';
import { launchChromium, extensionOrigin, type TraceEvent } from './chromium';
import { readPage } from './read-page';
async function main() {
  const file = process.argv[2];
  const html = await readPage(file);
  const server = createServer((req, res) => { res.writeHead(req.url === '/p.html' ? 200 : 404, {'content-type': 'text/html; charset=utf-8'}); res.end(req.url === '/p.html' ? html : ''); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as any).port}/p.html`;
  const b = await launchChromium({ extension: process.argv[3] ?? '.output/chrome-mv3' });
  await extensionOrigin(b.context);
  try {
    for (let round = 0; round < 2; round++) {
    const page = await b.context.newPage();
    const cdp = await b.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as any)));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] }, transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(8000);
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end'); await done;
    const commit = events.find((e) => e.name === 'CommitLoad' && e.args?.data?.url === url)!;
    const main = events.filter((e) => e.pid === commit.pid && e.tid === commit.tid);
    const tasks = main.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
    const ext = main.filter((e) => e.args?.data?.url?.startsWith('chrome-extension://'));
    const extTasks = tasks.filter((t) => ext.some((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur!)).sort((a, b) => (b.tdur ?? b.dur!) - (a.tdur ?? a.dur!));
    console.log('round', round);
    for (const t of extTasks.slice(0, 5)) {
      console.log('task', (t.dur! / 1000).toFixed(1), 'cpu', ((t.tdur ?? 0) / 1000).toFixed(1), 'at', ((t.ts - commit.ts) / 1000).toFixed(0));
      const inside = main.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur! && e !== t && (e.dur ?? 0) > 2000).sort((a, b) => a.ts - b.ts);
      for (const e of inside.slice(0, 14)) console.log('   ', e.name, ((e.dur ?? 0) / 1000).toFixed(1), JSON.stringify(e.args?.data ?? {}).slice(0, 120));
      const extIn = ext.filter((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur!);
      for (const e of extIn.slice(0, 6)) console.log('   EXT', e.name, ((e.ts - t.ts) / 1000).toFixed(1), ((e.dur ?? 0) / 1000).toFixed(1), (e.args?.data as any)?.functionName, (e.args?.data as any)?.lineNumber, (e.args?.data as any)?.columnNumber, e.args?.data?.url?.slice(-30));
      const all = main.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur! && e.ph === 'X').sort((a,b)=>a.ts-b.ts);
      for (const e of all.slice(0, 25)) console.log('      ', ((e.ts - t.ts) / 1000).toFixed(1), e.name, ((e.dur ?? 0) / 1000).toFixed(1));
    }
    await page.close();
    }
  } finally { await b.close(); server.close(); }
}
main();
