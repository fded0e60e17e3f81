// Types for tests that import the seeded PRNG (plain ESM JS).
export interface Rng {
  next(): number;
  range(min: number, max: number): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  shuffle<T>(list: readonly T[]): T[];
}
export declare function seedFromString(text: string): number;
export declare function createRng(seed: number | string): Rng;
