/**
 * A tiny static server on 127.0.0.1 (random free port) for the end-to-end tests: `tests/e2e/pages/NAME.html` at
 * `/NAME.html`, and, when `../shared/seed` exists beside the checkout, the seed pages at `/seed/with-headings.html`
 * and `/seed/no-headings.html`; and pages a test gives it from memory (`setPage`), which it can replace to serve an
 * edited version at the same address, or any other content with the headers a test gives (`setResource`). Anything else is a 404, so pages' own asset requests fail fast and locally.
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
  /** Serves `body` at `path` with these response headers (a content type among them), likewise. */
  setResource(path: string, body: string | Buffer, headers: Record<string, string>): void;
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

const HTML_HEADERS = { 'content-type': 'text/html; charset=utf-8' };

interface Resource {
  body: Buffer;
  headers: Record<string, string>;
}

export async function startServer(): Promise<StaticServer> {
  const inMemory = new Map<string, Resource>();
  const resource = (pathname: string): Resource | null => {
    const given = inMemory.get(pathname);
    if (given) return given;
    const file = fileFor(pathname);
    return file ? { body: readFileSync(file), headers: HTML_HEADERS } : null;
  };
  const keep = (path: string, body: string | Buffer, headers: Record<string, string>) => {
    inMemory.set(path.startsWith('/') ? path : `/${path}`, { body: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), headers });
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
    const found = req.method === 'GET' || req.method === 'HEAD' ? resource(pathname) : null;
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { ...found.headers, 'content-length': found.body.length, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : found.body);
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
    setPage: (path, html) => keep(path, html, HTML_HEADERS),
    setResource: keep,
    requests: () => [...received],
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
