/**
 * What `work` gives for each key, worked out once and kept, up to `limit` keys: past that it starts afresh, so that
 * a long session on many pages does not keep every word and class name it ever met. For pure work asked about the
 * same keys many times (folding words, the meaning of class names).
 */
export class BoundedMemo<K, V> {
  private readonly values = new Map<K, V>();

  constructor(
    private readonly work: (key: K) => V,
    private readonly limit: number,
  ) {}

  get(key: K): V {
    let value = this.values.get(key);
    if (value === undefined && !this.values.has(key)) {
      if (this.values.size >= this.limit) this.values.clear();
      value = this.work(key);
      this.values.set(key, value);
    }
    return value as V;
  }
}
