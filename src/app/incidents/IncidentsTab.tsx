// The "Vụ việc" tab of the commune police: add a record (map click, device
// position or typed coordinates), follow it up in a filtered, virtualised
// list that drives the map, see statistics and export them, all stored
// offline in IndexedDB with an outbox for the provincial server.

import { useCallback, useEffect, useMemo, useState } from "react";
import type { IncidentRecord } from "../../domain/incident";
import type { IncidentMapMode } from "../../map/layers/incident-map-layer";
import { NEW_INCIDENT_DRAFT } from "../../store/incidents/draft.repository";
import type { NewAttachment } from "../../store/incidents/attachment.repository";
import type { IncidentInput } from "../../store/incidents/incident.repository";
import { AddIncidentMapButton } from "./AddIncidentMapButton";
import { IncidentDetails } from "./IncidentDetails";
import { IncidentFilters } from "./IncidentFilters";
import { IncidentForm } from "./IncidentForm";
import { IncidentList } from "./IncidentList";
import { IncidentMapLegend } from "./IncidentMapLegend";
import { IncidentSettingsPanel } from "./IncidentSettingsPanel";
import { IncidentStatistics } from "./IncidentStatistics";
import { IncidentTimeSlider } from "./IncidentTimeSlider";
import { useIncidentMap } from "./use-incident-map";
import { useIncidentPlacement } from "./use-incident-placement";
import { useIncidentQuery } from "./use-incident-query";
import { useIncidentRecords } from "./use-incident-records";
import { incidentDrafts, useBuiltInLayerData, useWorkspace } from "../workspace";
import { RoleGate, usePermissions } from "../roles";
import { useSidePanelControl } from "../ui";

/** `pickOnOpen`: a new record's form starts waiting for the map tap (false: the officer chooses map tap or device position first). */
type Editing = { record: IncidentRecord | null; pickOnOpen?: boolean } | null;

export function IncidentsTab() {
  const { controller } = useWorkspace();
  const store = useIncidentRecords();
  const { place, area } = useIncidentPlacement(store.records, store.settings);
  const { can } = usePermissions();
  const query = useIncidentQuery(store.records, store.settings.categories, can("incident.involved"));
  const villages = useBuiltInLayerData("village");
  const [mode, setMode] = useState<IncidentMapMode>("points");
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);

  const byId = useMemo(() => new Map((store.records ?? []).map((record) => [record.id, record])), [store.records]);
  const selected = selectedId ? (byId.get(selectedId) ?? null) : null;
  const origin = useMemo<[number, number]>(() => (area ? [(area.bbox[0] + area.bbox[2]) / 2, (area.bbox[1] + area.bbox[3]) / 2] : [105.44, 18.3]), [area]);

  const { showTab } = useSidePanelControl();
  const showFromMap = useCallback(
    (id: string) => {
      setSelectedId(id);
      showTab("incidents");
    },
    [showTab],
  );
  /** The phone's floating button: the form full screen, position by a map tap or the device's. */
  const addFromMap = () => {
    setEditing({ record: null, pickOnOpen: false });
    showTab("incidents", "full");
  };
  const map = useIncidentMap({ controller, records: store.records, result: query.result, mode, selectedId, origin, onRecordClick: showFromMap });

  // A form left mid-typing (reload, crash) reopens with its draft.
  useEffect(() => {
    void incidentDrafts.get(NEW_INCIDENT_DRAFT).then((draft) => draft && setEditing((current) => current ?? { record: null }));
  }, []);

  /** `baseVersion`: the version the form was opened on, or — after a conflict, "Lưu bản của tôi" — the stored one it overrides. */
  async function submit(input: IncidentInput, photos: NewAttachment[], baseVersion?: number) {
    const existing = editing?.record;
    let saved = existing ? await store.update(existing.id, input, baseVersion ?? existing.version) : await store.create(input, photos);
    if (existing && photos.length > 0) saved = await store.attach(existing.id, photos);
    setSelectedId(saved.id);
    map.flyTo(saved);
  }

  return (
    <div className="incidents-tab">
      <div className="incident-toolbar">
        {can("incident.edit") && (
          <button type="button" className="primary" onClick={() => setEditing({ record: null })} disabled={editing !== null}>
            Thêm vụ việc
          </button>
        )}
        <span className="incident-outbox" role="status" data-testid="incident-outbox">
          Chờ đồng bộ: {store.pendingOutbox.toLocaleString("vi-VN")} thay đổi
        </span>
      </div>
      {can("incident.edit") && editing === null && <AddIncidentMapButton controller={controller} onAdd={addFromMap} />}
      {store.loadError && <p className="error" role="alert">{store.loadError}</p>}
      {editing && can("incident.edit") && (
        <IncidentForm
          key={editing.record?.id ?? NEW_INCIDENT_DRAFT}
          record={editing.record}
          categories={store.settings.categories}
          area={area}
          controller={controller}
          place={place}
          pickOnOpen={editing.pickOnOpen ?? true}
          onSubmit={submit}
          onClose={() => setEditing(null)}
        />
      )}
      {selected && !editing && (
        <IncidentDetails
          record={selected}
          categories={store.settings.categories}
          onEdit={() => setEditing({ record: selected })}
          onStatus={(status) => store.changeStatus(selected.id, status)}
          onDelete={() => store.remove(selected.id)}
          onRestore={() => store.restore(selected.id)}
          onClose={() => setSelectedId(null)}
        />
      )}
      <IncidentMapLegend mode={mode} onMode={setMode} />
      <IncidentFilters filter={query.filter} sort={query.sort} categories={store.settings.categories} villages={villages} onFilter={query.setFilter} onSort={query.setSort} />
      <IncidentTimeSlider onRange={(from, to) => query.setFilter((current) => ({ ...current, from, to }))} />
      {store.records ? (
        <IncidentList
          records={store.records}
          result={query.result}
          categories={store.settings.categories}
          selectedId={selectedId}
          onSelect={(record) => {
            setSelectedId(record.id);
            map.flyTo(record);
          }}
        />
      ) : (
        <p className="muted">Đang đọc các vụ việc đã lưu…</p>
      )}
      <IncidentStatistics records={store.records ?? []} result={query.result} categories={store.settings.categories} communeName={area?.name ?? "xã"} />
      <RoleGate action="incident.edit">
        <IncidentSettingsPanel key={store.records ? "loaded" : "loading"} settings={store.settings} onSave={store.saveSettings} />
      </RoleGate>
    </div>
  );
}
