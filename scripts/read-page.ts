/** Reads a page for the command line: a file (.html, .html.gz) or an http(s) URL, decoded by its declared charset. */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

const FETCH_TIMEOUT_MS = 20_000;

/** The charset a page declares: BOM, HTTP header, or <meta charset> in its first bytes. */
function declaredCharset(bytes: Uint8Array, header: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const fromHeader = header?.match(/charset=["']?([\w-]+)/i)?.[1];
  if (fromHeader) return fromHeader;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return head.match(/<meta[^>]+charset=["']?\s*([\w-]+)/i)?.[1] ?? 'utf-8';
}

/** The text of a page's bytes; throws when they are not an HTML document. */
export function decodePage(bytes: Uint8Array, header: string | null): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declaredCharset(bytes, header));
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(bytes);
  // Binary files are not pages: NUL bytes, or no markup at all in the first kilobytes.
  const head = text.slice(0, 8192);
  if (head.includes('\u0000') || !/<[a-z!]/i.test(head)) throw new Error('not an HTML document');
  return text;
}

export async function readPage(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    } catch (error) {
      throw new Error(`fetch failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new Error(`fetch failed: HTTP ${response.status}`);
    const type = response.headers.get('content-type');
    if (type && !/html|xml/i.test(type)) throw new Error(`not an HTML document (${type})`);
    return decodePage(new Uint8Array(await response.arrayBuffer()), type);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `no such file: ${source}` : code === 'EISDIR' ? `is a directory: ${source}` : `cannot read ${source}: ${code ?? error}`);
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new Error('corrupt gzip file');
    }
  }
  return decodePage(bytes, null);
}
