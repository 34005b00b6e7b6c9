import { analyzeDocument } from '@/lib/analyze';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    // Minimal wiring: the extension issue adds the overlay, highlights and messaging.
    const analysis = analyzeDocument(document);
    document.documentElement.dataset.glossaArticle = String(analysis.isArticle);
  },
});
