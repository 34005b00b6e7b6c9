/**
 * Segments of a text as a list of boundaries: segment k runs from the end of segment k - 1 (or from where the list
 * starts) to `ends[k]`, and is a word when `words[k]` is 1. The segmenters add to one list and their callers read it
 * in a loop of their own: a segment passed to a callback cost a call that V8 could not inline (the callbacks
 * differ), and a string for every segment, white space included.
 */
export class SegmentList {
  ends = new Int32Array(256);
  words = new Uint8Array(256);
  count = 0;

  clear(): void {
    this.count = 0;
  }

  add(end: number, isWord: boolean): void {
    if (this.count === this.ends.length) {
      const ends = new Int32Array(2 * this.count);
      const words = new Uint8Array(2 * this.count);
      ends.set(this.ends);
      words.set(this.words);
      this.ends = ends;
      this.words = words;
    }
    this.ends[this.count] = end;
    this.words[this.count++] = isWord ? 1 : 0;
  }
}
