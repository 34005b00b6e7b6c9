/**
 * Mozilla Readability.js behind the analysis contract, the anchor beside Glossa's extraction figures in
 * `npm run eval`: "text" is the text content of the article Readability finds, "isArticle" its own
 * isProbablyReaderable() test, "title" its title. Run on the same DOM as Glossa's command (contract.ts).
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { runContractCommand } from '../contract';

runContractCommand('tsx scripts/anchors/readability.ts', (document) => {
  const isArticle = isProbablyReaderable(document);
  const article = new Readability(document).parse();
  return { isArticle, title: article?.title ?? '', text: article?.textContent?.trim() ?? '', outline: [], quotes: [], speakers: [], summary: [] };
});
