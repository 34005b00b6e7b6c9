/** What `npm run bench` times in Node: the engine's entry and its stages, imported bundled (see ./bundle). */
export { analyzePage } from '../lib/analyze';
export { ArticleBody } from '../lib/article/article-text';
export { languageOf } from '../lib/languages';
export { inferredOutline } from '../lib/outline';
export { decideArticle, readPage } from '../lib/page';
export { findQuotes } from '../lib/quotes';
export { summarize } from '../lib/summary';
