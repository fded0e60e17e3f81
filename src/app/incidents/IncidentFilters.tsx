// Search, filters and sort of the incident list; the map shows exactly what
// the list shows. Dates are whole days in the device's time zone.

import type { FeatureCollection } from "geojson";
import { INCIDENT_SEVERITIES, type Category } from "../../domain/incident-categories";
import { INCIDENT_KINDS } from "../../domain/incident";
import { emptyFilter, INCIDENT_SORTS, type IncidentFilter, type IncidentSort } from "../../domain/incident-filter";
import { INCIDENT_STATUSES } from "../../domain/incident-lifecycle";

interface Props {
  filter: IncidentFilter;
  sort: IncidentSort;
  categories: readonly Category[];
  villages: FeatureCollection | null;
  onFilter: (filter: IncidentFilter) => void;
  onSort: (sort: IncidentSort) => void;
}

const single = (set: ReadonlySet<string>) => (set.size === 1 ? [...set][0] : "");
const asSet = <T extends string>(value: string) => (value === "" ? new Set<T>() : new Set<T>([value as T]));

function dayInput(ms: number | null): string {
  if (ms === null) return "";
  const date = new Date(ms);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

function parseDay(value: string, endOfDay: boolean): number | null {
  if (!value) return null;
  const [year, month, day] = value.split("-").map(Number);
  return endOfDay ? new Date(year, month - 1, day, 23, 59, 59, 999).getTime() : new Date(year, month - 1, day).getTime();
}

export function IncidentFilters({ filter, sort, categories, villages, onFilter, onSort }: Props) {
  const set = (changes: Partial<IncidentFilter>) => onFilter({ ...filter, ...changes });
  const villageOptions = (villages?.features ?? [])
    .map((feature) => ({ id: String(feature.properties?.id ?? ""), name: String(feature.properties?.name ?? "") }))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));
  return (
    <div className="incident-filters" role="search" aria-label="Lọc vụ việc">
      <label className="incident-search">
        Tìm kiếm
        <input aria-label="Tìm kiếm" type="search" value={filter.text} onChange={(event) => set({ text: event.target.value })} placeholder="vd: trộm cắp, ma túy…" />
      </label>
      <label>
        Lọc loại vụ việc
        <select aria-label="Lọc loại vụ việc" value={single(filter.categories)} onChange={(event) => set({ categories: asSet(event.target.value) })}>
          <option value="">Tất cả</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>{category.label}</option>
          ))}
        </select>
      </label>
      <label>
        Lọc trạng thái
        <select aria-label="Lọc trạng thái" value={single(filter.statuses)} onChange={(event) => set({ statuses: asSet(event.target.value) })}>
          <option value="">Tất cả</option>
          {INCIDENT_STATUSES.map((status) => (
            <option key={status.id} value={status.id}>{status.label}</option>
          ))}
        </select>
      </label>
      <label>
        Lọc mức độ
        <select aria-label="Lọc mức độ" value={single(filter.severities)} onChange={(event) => set({ severities: asSet(event.target.value) })}>
          <option value="">Tất cả</option>
          {INCIDENT_SEVERITIES.map((severity) => (
            <option key={severity.id} value={severity.id}>{severity.label}</option>
          ))}
        </select>
      </label>
      <label>
        Lọc thôn / bản
        <select aria-label="Lọc thôn / bản" value={single(filter.villages)} onChange={(event) => set({ villages: asSet(event.target.value) })}>
          <option value="">Tất cả</option>
          {villageOptions.map((village) => (
            <option key={village.id} value={village.id}>{village.name}</option>
          ))}
        </select>
      </label>
      <label>
        Lọc loại bản ghi
        <select aria-label="Lọc loại bản ghi" value={single(filter.kinds)} onChange={(event) => set({ kinds: asSet(event.target.value) })}>
          <option value="">Vụ việc và điểm nóng</option>
          {INCIDENT_KINDS.map((kind) => (
            <option key={kind.id} value={kind.id}>{kind.label}</option>
          ))}
        </select>
      </label>
      <label>
        Từ ngày
        <input aria-label="Từ ngày" type="date" value={dayInput(filter.from)} onChange={(event) => set({ from: parseDay(event.target.value, false) })} />
      </label>
      <label>
        Đến ngày
        <input aria-label="Đến ngày" type="date" value={dayInput(filter.to)} onChange={(event) => set({ to: parseDay(event.target.value, true) })} />
      </label>
      <label className="incident-check">
        <input type="checkbox" checked={filter.warningsOnly} onChange={(event) => set({ warningsOnly: event.target.checked })} />
        Chỉ bản ghi có cảnh báo
      </label>
      <label className="incident-check">
        <input type="checkbox" checked={filter.deleted} onChange={(event) => set({ deleted: event.target.checked })} />
        Thùng rác (đã xóa)
      </label>
      <label>
        Sắp xếp
        <select aria-label="Sắp xếp" value={sort} onChange={(event) => onSort(event.target.value as IncidentSort)}>
          {INCIDENT_SORTS.map((option) => (
            <option key={option.id} value={option.id}>{option.label}</option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onFilter(emptyFilter())}>
        Xóa bộ lọc
      </button>
    </div>
  );
}
