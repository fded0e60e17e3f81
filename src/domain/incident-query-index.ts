// In-memory query index over every incident, so filtering and sorting 100,000
// records stays far under 100 ms (issue #4): each field is a column in a typed
// array (categorical values as small integer codes, times as Float64), a
// filter is a lookup table per column, and each sort order is precomputed
// once, so a query is one pass over a permutation with no sorting and no
// object access. Search text is pre-folded (accent-insensitive). The costly
// per-record work (folding text, parsing times) is cached per record object
// and per `searchable` function, so rebuilding the index after one record
// changed only redoes that record (records are immutable: a change is a new object).

import type { IncidentRecord } from "./incident";
import { severityRank } from "./incident-categories";
import type { IncidentFilter, IncidentSort } from "./incident-filter";
import { foldVietnamese } from "./incident-text-folding";

class Codes {
  private readonly ids = new Map<string, number>();
  code(value: string): number {
    let code = this.ids.get(value);
    if (code === undefined) {
      code = this.ids.size;
      this.ids.set(value, code);
    }
    return code;
  }
  /** A lookup table: mask[code] = 1 when the code is wanted; null when the set is empty (any). */
  mask(wanted: ReadonlySet<string>): Uint8Array | null {
    if (wanted.size === 0) return null;
    const mask = new Uint8Array(Math.max(this.ids.size, 1));
    for (const value of wanted) {
      const code = this.ids.get(value);
      if (code !== undefined) mask[code] = 1;
    }
    return mask;
  }
}

interface Derived {
  text: string;
  occurred: number;
  updated: number;
}

const derivedCaches = new WeakMap<(record: IncidentRecord) => string, WeakMap<IncidentRecord, Derived>>();

function derivedCache(searchable: (record: IncidentRecord) => string): WeakMap<IncidentRecord, Derived> {
  let cache = derivedCaches.get(searchable);
  if (!cache) derivedCaches.set(searchable, (cache = new WeakMap()));
  return cache;
}

export class IncidentQueryIndex {
  readonly size: number;
  private readonly kind: Uint8Array;
  private readonly category: Uint16Array;
  private readonly status: Uint8Array;
  private readonly severity: Uint8Array;
  private readonly village: Uint16Array;
  private readonly occurred: Float64Array;
  private readonly updated: Float64Array;
  private readonly deleted: Uint8Array;
  private readonly warned: Uint8Array;
  private readonly searchText: string[];
  private readonly codes = { kind: new Codes(), category: new Codes(), status: new Codes(), severity: new Codes(), village: new Codes() };
  private readonly orders = new Map<IncidentSort, Uint32Array>();

  /** `searchable` turns a record into the text search looks in (labels, village, people…). */
  constructor(readonly records: readonly IncidentRecord[], searchable: (record: IncidentRecord) => string) {
    const n = records.length;
    this.size = n;
    this.kind = new Uint8Array(n);
    this.category = new Uint16Array(n);
    this.status = new Uint8Array(n);
    this.severity = new Uint8Array(n);
    this.village = new Uint16Array(n);
    this.occurred = new Float64Array(n);
    this.updated = new Float64Array(n);
    this.deleted = new Uint8Array(n);
    this.warned = new Uint8Array(n);
    this.searchText = new Array<string>(n);
    const cache = derivedCache(searchable);
    for (let i = 0; i < n; i++) {
      const record = records[i];
      let derived = cache.get(record);
      if (!derived) {
        derived = { text: foldVietnamese(searchable(record)), occurred: Date.parse(record.occurredAt), updated: Date.parse(record.updatedAt) };
        cache.set(record, derived);
      }
      this.kind[i] = this.codes.kind.code(record.kind);
      this.category[i] = this.codes.category.code(record.category);
      this.status[i] = this.codes.status.code(record.status);
      this.severity[i] = this.codes.severity.code(record.severity);
      this.village[i] = this.codes.village.code(record.villageId ?? "");
      this.occurred[i] = derived.occurred;
      this.updated[i] = derived.updated;
      this.deleted[i] = record.deletedAt ? 1 : 0;
      this.warned[i] = record.warnings.length > 0 ? 1 : 0;
      this.searchText[i] = derived.text;
    }
  }

  private order(sort: IncidentSort): Uint32Array {
    let order = this.orders.get(sort);
    if (order) return order;
    order = new Uint32Array(this.size);
    for (let i = 0; i < this.size; i++) order[i] = i;
    const { occurred, updated, records } = this;
    const rank = sort === "severity-desc" ? Int8Array.from(records, (record) => severityRank(record.severity)) : null;
    const compare: Record<IncidentSort, (a: number, b: number) => number> = {
      "occurred-desc": (a, b) => occurred[b] - occurred[a],
      "occurred-asc": (a, b) => occurred[a] - occurred[b],
      "updated-desc": (a, b) => updated[b] - updated[a],
      "severity-desc": (a, b) => (rank ? rank[b] - rank[a] : 0) || occurred[b] - occurred[a],
    };
    order.sort(compare[sort]);
    this.orders.set(sort, order);
    return order;
  }

  /** Indexes (into `records`) of the matching records, in the requested order. */
  query(filter: IncidentFilter, sort: IncidentSort): Uint32Array {
    const order = this.order(sort);
    const kind = this.codes.kind.mask(filter.kinds);
    const category = this.codes.category.mask(filter.categories);
    const status = this.codes.status.mask(filter.statuses);
    const severity = this.codes.severity.mask(filter.severities);
    const village = this.codes.village.mask(filter.villages);
    const from = filter.from ?? -Infinity;
    const to = filter.to ?? Infinity;
    const wantDeleted = filter.deleted ? 1 : 0;
    const needle = foldVietnamese(filter.text.trim());
    const result = new Uint32Array(this.size);
    let count = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      if (this.deleted[i] !== wantDeleted) continue;
      if (filter.warningsOnly && this.warned[i] === 0) continue;
      const time = this.occurred[i];
      if (time < from || time > to) continue;
      if (kind && kind[this.kind[i]] === 0) continue;
      if (category && category[this.category[i]] === 0) continue;
      if (status && status[this.status[i]] === 0) continue;
      if (severity && severity[this.severity[i]] === 0) continue;
      if (village && village[this.village[i]] === 0) continue;
      if (needle && !this.searchText[i].includes(needle)) continue;
      result[count++] = i;
    }
    return result.subarray(0, count);
  }
}
