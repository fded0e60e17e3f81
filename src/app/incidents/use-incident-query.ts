// The list's filter and sort, answered by the typed-array query index
// (src/domain/incident-query-index.ts). The index is rebuilt when records or
// categories change; a filter change only re-runs the query (milliseconds
// at 100,000 records; bench/incidents.bench.ts measures it).

import { useMemo, useState } from "react";
import type { IncidentRecord } from "../../domain/incident";
import { categoryLabel, type Category } from "../../domain/incident-categories";
import { emptyFilter, type IncidentFilter, type IncidentSort } from "../../domain/incident-filter";
import { statusLabel } from "../../domain/incident-lifecycle";
import { IncidentQueryIndex } from "../../domain/incident-query-index";

const EMPTY = new Uint32Array(0);

/** `withInvolved`: search the names of people involved too (only for a role that may see them: a search hit would reveal them). */
export function useIncidentQuery(records: readonly IncidentRecord[] | null, categories: readonly Category[], withInvolved: boolean) {
  const [filter, setFilter] = useState<IncidentFilter>(emptyFilter);
  const [sort, setSort] = useState<IncidentSort>("occurred-desc");

  // One function per category list, so the index's per-record cache survives record edits.
  const searchable = useMemo(
    () => (record: IncidentRecord) =>
      [record.title, categoryLabel(categories, record.category), statusLabel(record.status), record.villageName, record.description, withInvolved ? record.involved : "", record.responsibleOfficer].join(" "),
    [categories, withInvolved],
  );
  const index = useMemo(() => (records ? new IncidentQueryIndex(records, searchable) : null), [records, searchable]);

  const result = useMemo(() => (index ? index.query(filter, sort) : EMPTY), [index, filter, sort]);

  return { filter, setFilter, sort, setSort, result };
}
