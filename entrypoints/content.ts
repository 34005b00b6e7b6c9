import { analyzePage, type PageAnalysis } from '@/lib/analyze';

/**
 * Analyses the page once the browser is idle, reading the live DOM without changing it. The overlay, highlights
 * and messaging that use the result come with the extension's own work.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    let analysis: PageAnalysis | null = null;
    const run = () => {
      try {
        analysis = analyzePage(document);
      } catch (error) {
        // Never throw into the page.
        console.debug('Glossa: analysis failed', error);
      }
    };
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 0);
    return () => analysis;
  },
});
