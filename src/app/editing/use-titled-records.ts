// The edited layer's features with their titles, in Vietnamese order, for the
// list. A save changes one record of a layer that may hold 10,000: when no
// title changed and no feature came or went, the previous order is kept and
// only the record objects are swapped in (linear, a few ms), instead of
// sorting again. Sorting uses one shared Intl.Collator: `localeCompare` with
// a locale builds a collator per call, which made a 10,000-post layer take
// seconds of main thread after every save (bench/editing-large-layer.bench.ts).

import { useMemo, useRef } from "react";
import { foldVietnamese } from "../../domain/incident-text-folding";
import type { WorkspaceFeatureRecord } from "../../domain/workspace";
import { featureTitle } from "./feature-title";

export interface TitledRecord {
  record: WorkspaceFeatureRecord;
  title: string;
  /** The title without accents, lower case: what the search box matches. */
  folded: string;
}

const collator = new Intl.Collator("vi", { numeric: true });

function sameTitles(previous: readonly TitledRecord[], titles: Map<string, string>): boolean {
  return previous.length === titles.size && previous.every((entry) => titles.get(entry.record.key) === entry.title);
}

export function useTitledRecords(records: readonly WorkspaceFeatureRecord[]): readonly TitledRecord[] {
  const previous = useRef<readonly TitledRecord[]>([]);
  return useMemo(() => {
    const titles = new Map(records.map((record) => [record.key, featureTitle(record.properties)]));
    let next: TitledRecord[];
    if (sameTitles(previous.current, titles)) {
      const byKey = new Map(records.map((record) => [record.key, record]));
      next = previous.current.map((entry) => ({ ...entry, record: byKey.get(entry.record.key)! }));
    } else {
      next = records.map((record) => {
        const title = titles.get(record.key)!;
        return { record, title, folded: foldVietnamese(title) };
      });
      next.sort((a, b) => collator.compare(a.title, b.title));
    }
    previous.current = next;
    return next;
  }, [records]);
}
