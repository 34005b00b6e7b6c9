/**
 * JavaScript's `\s` for one UTF-16 unit (Unicode's spaces and line ends, and U+FEFF), tested by code: the text
 * stages look at many characters and segments, and a regular expression costs a call and, with `match`, an object.
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Whether every unit of `text.slice(start, end)` is white space (false for an empty slice), without cutting it out. */
export function isWhiteSpaceBetween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return end > start;
}

/** Whether `text.slice(start, end)` holds any white space, without cutting it out. */
export function hasWhiteSpace(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (isWhiteSpace(text.charCodeAt(i))) return true;
  return false;
}
