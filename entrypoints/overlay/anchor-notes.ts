/** Finds the page's notes on the article as it is now (the overlay then underlines them). */
import type { ArticleText } from '@/lib/article/article-text';
import { anchorPassage } from '@/lib/notes/anchor';
import type { PageNotes } from '@/lib/protocol';

export interface AnchoredNote {
  id: string;
  /** Where the note is on the page; null for a note on the whole article. */
  range: Range | null;
}

export interface NotesOnArticle {
  anchored: AnchoredNote[];
  /** Ids of the notes that could not be found on the page. */
  orphans: string[];
}

export function anchorNotes(article: ArticleText, notes: PageNotes['notes']): NotesOnArticle {
  const anchored: AnchoredNote[] = [];
  const orphans: string[] = [];
  for (const note of notes) {
    if (!note.selector) {
      anchored.push({ id: note.id, range: null });
      continue;
    }
    const anchor = anchorPassage(article.text, note.selector);
    const range = anchor && article.rangeOf(anchor.start, anchor.end);
    if (range) anchored.push({ id: note.id, range });
    else orphans.push(note.id);
  }
  return { anchored, orphans };
}
