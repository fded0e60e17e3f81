// Accent-insensitive search over the 34 provinces and 3,321 communes, by name
// ("son kim" → Xã Sơn Kim 1, Xã Sơn Kim 2) or by official code ("18313").
// Everything folded is folded once when the index is built (units.json
// already carries folded full names), and entries are kept in display order,
// so a keystroke only folds the query, runs cheap string tests over the
// prepared keys and drops each hit into its rank's bucket — no sorting:
// about 2 ms per keystroke over 3,355 units (bench/admin-search.bench.ts).

import { foldVietnamese } from "../../domain/incident-text-folding";
import type { AdminUnits, CommuneUnit, ProvinceUnit } from "./admin-units";

export type AdminSearchResult = { kind: "commune"; unit: CommuneUnit; rank: number } | { kind: "province"; unit: ProvinceUnit; rank: number };

interface Entry {
  result: { kind: "commune"; unit: CommuneUnit } | { kind: "province"; unit: ProvinceUnit };
  code: string;
  /** Folded short name ("son kim 1"). */
  name: string;
  /** Folded full name and province ("xa son kim 1 ha tinh"), where every query word must appear. */
  haystack: string;
  /** Sort key among equal ranks: provinces first, then by name. */
  order: string;
}

/** Lower rank = better. */
const RANK = { exactCode: 0, exactName: 1, namePrefix: 2, codePrefix: 3, nameWords: 4, anywhere: 5 } as const;
const RANK_COUNT = 6;

/** Normalises a query: folded, punctuation to spaces, runs of spaces collapsed. */
export function foldQuery(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]+/g, " ").trim();
}

/** Every query word starts a word of `text`. */
function wordsStartWords(queryWords: readonly string[], text: string): boolean {
  return queryWords.every((word) => text.startsWith(word) || text.includes(` ${word}`));
}

function rankOf(entry: Entry, query: string, words: readonly string[]): number | null {
  if (/^\d+$/.test(query)) {
    if (entry.code === query) return RANK.exactCode;
    return entry.code.startsWith(query) ? RANK.codePrefix : null;
  }
  if (entry.name === query) return RANK.exactName;
  if (entry.name.startsWith(query)) return RANK.namePrefix;
  if (!words.every((word) => entry.haystack.includes(word))) return null;
  return wordsStartWords(words, entry.haystack) ? RANK.nameWords : RANK.anywhere;
}

export class CommuneSearch {
  private readonly entries: Entry[];

  constructor(units: AdminUnits) {
    const provinceKeys = new Map(units.provinces.map((province) => [province.code, foldQuery(province.name)]));
    this.entries = [
      ...units.provinces.map((unit): Entry => ({ result: { kind: "province", unit }, code: unit.code, name: foldQuery(unit.name), haystack: foldQuery(unit.searchKey), order: `0 ${unit.searchKey}` })),
      ...units.communes.map((unit): Entry => ({
        result: { kind: "commune", unit },
        code: unit.code,
        name: foldQuery(unit.name),
        haystack: `${foldQuery(unit.searchKey)} ${provinceKeys.get(unit.provinceCode) ?? ""}`,
        order: `1 ${foldQuery(unit.name)} ${unit.code}`,
      })),
    ].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  }

  /** Best matches first; an empty query finds nothing. */
  search(text: string, limit = 20): AdminSearchResult[] {
    const query = foldQuery(text);
    if (!query) return [];
    const words = query.split(" ");
    const buckets: Entry[][] = Array.from({ length: RANK_COUNT }, () => []);
    for (const entry of this.entries) {
      const rank = rankOf(entry, query, words);
      if (rank !== null) buckets[rank].push(entry); // entries are in display order, so each bucket is too
    }
    const results: AdminSearchResult[] = [];
    for (let rank = 0; rank < RANK_COUNT && results.length < limit; rank++) {
      for (const entry of buckets[rank]) {
        if (results.length >= limit) break;
        results.push({ ...entry.result, rank } as AdminSearchResult);
      }
    }
    return results;
  }
}
