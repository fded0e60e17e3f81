// Seeded deterministic pseudo-random numbers (mulberry32). Never use
// Math.random in the data scripts: re-running must give byte-identical files.

/** Hash a string to a 32-bit seed (FNV-1a), so each module gets its own stream. */
export function seedFromString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Create a generator; `createRng("villages")` always yields the same sequence. */
export function createRng(seed) {
  let state = typeof seed === "string" ? seedFromString(seed) : seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** Uniform float in [min, max). */
    range: (min, max) => min + (max - min) * next(),
    /** Uniform integer in [min, max] (inclusive). */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Fisher–Yates shuffle of a copy. */
    shuffle: (list) => {
      const copy = list.slice();
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}
