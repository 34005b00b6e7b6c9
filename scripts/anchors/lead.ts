/**
 * A lead of the same length as Glossa's summary, behind the analysis contract: the anchor beside the summary
 * figures in `npm run eval`. Glossa analyses the page; the "summary" is then the article text's first sentences
 * (paragraph by paragraph, by the engine's own sentence splitter), as many as Glossa's summary has lines.
 */
import { analyzePage } from '../../lib/analyze';
import { sentenceSpans } from '../../lib/text/tokens';
import { runContractCommand } from '../contract';

function leadSentences(text: string, lang: string, count: number): string[] {
  const lead: string[] = [];
  for (const paragraph of text.split('\n\n')) {
    for (const { start, end } of sentenceSpans(paragraph, lang)) {
      if (lead.length === count) return lead;
      lead.push(paragraph.slice(start, end));
    }
  }
  return lead;
}

runContractCommand('tsx scripts/anchors/lead.ts', (document) => {
  const analysis = analyzePage(document).analysis;
  return { ...analysis, summary: leadSentences(analysis.text, analysis.lang, analysis.summary.length) };
});
