// Seeded generators of malformed input for the fuzz test: a small PRNG
// (mulberry32, so a failing run can be replayed from its seed), random JSON
// values meant to break type assumptions, and structural mutations of a
// valid JSON document (drop a key, replace a value, wrap it, nest it).

export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** Values that break naive code: wrong types, edge numbers, odd strings, prototype keys, deep nesting. */
export function hostileValue(random: Random): unknown {
  const kinds: (() => unknown)[] = [
    () => null,
    () => true,
    () => 0,
    () => -1,
    () => 1e308,
    () => -0.000001,
    () => 2 ** 53 + 1,
    () => "",
    () => "=HYPERLINK(\"http://x\")",
    () => "x".repeat(1 + Math.floor(random() * 3000)),
    () => "2026-13-45T99:99:99Z",
    () => "NaN",
    () => "1",
    () => [],
    () => [null],
    () => [105.4, "18,3"],
    () => [[[1]]],
    () => ({}),
    () => JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
    () => ({ constructor: { prototype: { polluted: true } } }),
    () => {
      let deep: unknown = 1;
      for (let level = 0; level < 200; level++) deep = [deep];
      return deep;
    },
    () => ({ type: "Point", coordinates: [999, -999] }),
  ];
  return pick(random, kinds)();
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every (parent, key) slot of a JSON document, for picking one to mutate. */
function slots(value: Json, found: [Json[] | Record<string, Json>, string | number][] = []): [Json[] | Record<string, Json>, string | number][] {
  if (Array.isArray(value)) value.forEach((item, index) => (found.push([value, index]), slots(item, found)));
  else if (value && typeof value === "object") for (const key of Object.keys(value)) found.push([value, key]), slots(value[key], found);
  return found;
}

/** A deep copy of `document` with 1–3 random structural mutations. */
export function mutateJson(document: unknown, random: Random): unknown {
  const copy = JSON.parse(JSON.stringify(document)) as Json;
  const mutations = 1 + Math.floor(random() * 3);
  for (let n = 0; n < mutations; n++) {
    const all = slots(copy);
    if (all.length === 0) break;
    const [parent, key] = pick(random, all);
    const action = random();
    if (action < 0.3 && !Array.isArray(parent)) delete (parent as Record<string, Json>)[key as string];
    else if (action < 0.75) (parent as Record<string | number, unknown>)[key] = hostileValue(random);
    else if (action < 0.9) (parent as Record<string | number, unknown>)[key] = [(parent as Record<string | number, unknown>)[key]];
    else (parent as Record<string | number, unknown>)[key] = { value: (parent as Record<string | number, unknown>)[key] };
  }
  return copy;
}

/** Text-level damage: cut, duplicate or garble a span. */
export function mutateText(text: string, random: Random): string {
  const at = Math.floor(random() * text.length);
  const span = 1 + Math.floor(random() * 40);
  const action = random();
  if (action < 0.3) return text.slice(0, at);
  if (action < 0.6) return text.slice(0, at) + text.slice(at + span);
  if (action < 0.8) return text.slice(0, at) + text.slice(at, at + span).repeat(3) + text.slice(at);
  return text.slice(0, at) + pick(random, ["<", ">", "&", "\"", "{", "]", "\u0000", "abc,def", "NaN", "<!ENTITY x>"]) + text.slice(at + 1);
}

const VIETNAMESE_LETTER = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/** A message fit for the officer: Vietnamese, and no engine wording. */
export function isVietnameseMessage(message: string): boolean {
  return VIETNAMESE_LETTER.test(message) && !/TypeError|ReferenceError|RangeError|undefined|is not iterable|Cannot read|\[object /.test(message);
}
