// The cache key of an analysis run: its kind plus a 53-bit hash (FNV-1a ×2)
// of the JSON of its inputs, so a result is reused exactly when every input
// (layers, chosen posts, settings) is unchanged. Cheap: ~1 ms per 100 kB.

export function analysisInputKey(kind: string, input: unknown): string {
  const text = JSON.stringify(input);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${kind}:${text.length}:${(h1 >>> 0).toString(16)}${(h2 >>> 0).toString(16)}`;
}
