export function analyzeDocument(doc: Document) {
  return { isArticle: !!doc.body };
}
