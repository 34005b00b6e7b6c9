/**
 * Chrome's offscreen document for the clipboard: the background (a service worker, with no document) asks it to put
 * a citation on the clipboard. See utils/clipboard.ts.
 */
import { onMessage } from '@/utils/messaging';
import { copyFromDocument, isClipboardText } from '@/utils/clipboard';

onMessage('writeClipboard', ({ data }) => isClipboardText(data) && copyFromDocument(document, data));
