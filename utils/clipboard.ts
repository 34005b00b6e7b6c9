/**
 * The clipboard, written only from the extension's own documents, never from a page's: a page's scripts would see a
 * copy event there, and could change what it puts on the clipboard. A copy event's data carries every form of the
 * text at once (plain text, Markdown, HTML), which `navigator.clipboard.writeText` cannot; `execCommand('copy')`
 * fires it in a document with no focus and no click, which the `clipboardWrite` permission allows.
 */
export interface ClipboardText {
  plain: string;
  markdown: string;
  html: string;
}

/** Puts the text on the clipboard from `doc`, an extension document; false when the browser did not copy. */
export function copyFromDocument(doc: Document, text: ClipboardText): boolean {
  let written = false;
  const write = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', text.plain);
    event.clipboardData.setData('text/html', text.html);
    event.clipboardData.setData('text/markdown', text.markdown);
    written = true;
  };
  doc.addEventListener('copy', write);
  try {
    return doc.execCommand('copy') && written;
  } finally {
    doc.removeEventListener('copy', write);
  }
}

export function isClipboardText(value: unknown): value is ClipboardText {
  if (!value || typeof value !== 'object') return false;
  const { plain, markdown, html } = value as Record<string, unknown>;
  return typeof plain === 'string' && typeof markdown === 'string' && typeof html === 'string';
}
