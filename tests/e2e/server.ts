/**
 * A tiny static server on 127.0.0.1 (random free port) for the end-to-end tests: `tests/e2e/pages/NAME.html` at
 * `/NAME.html`, and, when `../shared/seed` exists beside the checkout, the seed pages at `/seed/with-headings.html`
 * and `/seed/no-headings.html`; and pages a test gives it from memory (`setPage`), which it can replace to serve an
 * edited version at the same address. Anything else is a 404, so pages' own asset requests fail fast and locally.
 * It answers on every loopback name (127.0.0.1 and localhost are two sites of the same server), and remembers every
 * request it received, whoever sent it (a tab, an extension page, the background).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, resolve } from 'node:path';

export const PAGES_DIR = resolve(__dirname, 'pages');
export const SEED_DIR = resolve(__dirname, '../../../shared/seed');
export const SEED_VARIANTS = ['with-headings', 'no-headings'] as const;

/** A request as the server received it. */
export interface ReceivedRequest {
  method: string;
  /** The Host header: `127.0.0.1:PORT` or `localhost:PORT`. */
  host: string;
  /** Path and query, as sent. */
  path: string;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  origin: string;
  url(path: string): string;
  /** Serves `html` at `path` (e.g. `/notes/edited.html`) from now on, in place of anything served there before. */
  setPage(path: string, html: string): void;
  /** Every request received since the server started, in order. */
  requests(): ReceivedRequest[];
  close(): Promise<void>;
}

function fileFor(pathname: string): string | null {
  const seed = /^\/seed\/([a-z-]+)\.html$/.exec(pathname);
  if (seed) {
    if (!(SEED_VARIANTS as readonly string[]).includes(seed[1])) return null;
    const file = resolve(SEED_DIR, seed[1], 'page.html');
    return existsSync(file) ? file : null;
  }
  const page = /^\/([A-Za-z0-9_-]+\.html)$/.exec(pathname);
  if (page) {
    const file = resolve(PAGES_DIR, basename(page[1]));
    return existsSync(file) ? file : null;
  }
  return null;
}

export async function startServer(): Promise<StaticServer> {
  const pagesInMemory = new Map<string, Buffer>();
  const pageBody = (pathname: string): Buffer | null => {
    const inMemory = pagesInMemory.get(pathname);
    if (inMemory) return inMemory;
    const file = fileFor(pathname);
    return file ? readFileSync(file) : null;
  };
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    received.push({ method: req.method ?? '', host: req.headers.host ?? '', path: req.url ?? '' });
    let pathname = '/';
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      // A malformed URL is a 404 below.
    }
    const body = req.method === 'GET' || req.method === 'HEAD' ? pageBody(pathname) : null;
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    setPage: (path, html) => {
      pagesInMemory.set(path.startsWith('/') ? path : `/${path}`, Buffer.from(html, 'utf8'));
    },
    requests: () => [...received],
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
