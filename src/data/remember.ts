/**
 * Puts `value` in a page-wide cache that holds at most `max` entries, dropping the oldest when it
 * is full: the request cache (load.ts) and the parse cache of JSON texts (read.ts).
 */
export function remember<K, V>(cache: Map<K, V>, key: K, value: V, max: number): void {
  cache.set(key, value);
  // Maps iterate in insertion order: the first key is the oldest, and there is one when this is over.
  if (cache.size > max) cache.delete(cache.keys().next().value as K);
}
