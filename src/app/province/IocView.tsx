// The province operations centre for a connected province account: the
// communes' choropleth on the map (with its legend), the sortable commune
// table, one commune opened read-only, "Gửi chỉ đạo" and the directives sent
// with their acknowledgements. Counts and acknowledgements are read again on
// every server `changes` event; when the server cannot be reached, what is
// on screen stays and the failure is said above it. While the tab is hidden
// nothing is read (no request, no event stream) and nothing is on the map;
// shown again, the counts and directives are read once and the layers return.

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import bbox from "@turf/bbox";
import type { ServerAccount } from "../../store/sync/sync-state.repository";
import type { SyncHttp } from "../../store/sync/sync-http";
import { useMapController } from "../workspace";
import { useTabActive } from "../ui";
import { choroplethClasses, choroplethFillExpression } from "./ioc-choropleth";
import { IOC_METRICS, metricValue, withMetricValue, type IocMetric } from "./ioc-communes";
import { fetchDirectives, fetchIocCommunes } from "./province-api";
import { useServerData } from "./use-server-data";
import { useServerChanges } from "./use-server-changes";
import { useIocMap } from "./use-ioc-map";
import { useStaleDaysSetting } from "./stale-days-setting";
import { IocLegend } from "./IocLegend";
import { CommuneTable } from "./CommuneTable";
import { CommuneDetails } from "./CommuneDetails";
import { DirectiveForm } from "./DirectiveForm";
import { SentDirectives } from "./SentDirectives";

export function IocView({ http, account }: { http: SyncHttp; account: ServerAccount }) {
  const controller = useMapController();
  const [staleDays, setStaleDays] = useStaleDaysSetting();
  const [metric, setMetric] = useState<IocMetric>("openIncidents");
  const [selectedCode, setSelectedCode] = useState<string | null>(null);
  const [recipients, setRecipients] = useState<ReadonlySet<string>>(new Set());
  const shown = useTabActive();
  const readCommunes = useMemo(() => (shown ? () => fetchIocCommunes(http, staleDays) : null), [shown, http, staleDays]);
  const readDirectives = useMemo(() => (shown ? () => fetchDirectives(http) : null), [shown, http]);
  const communes = useServerData(readCommunes, "Không đọc được số liệu các xã.");
  const directives = useServerData(readDirectives, "Không đọc được danh sách chỉ đạo.");
  useServerChanges(shown ? http : null, () => {
    communes.reload();
    directives.reload();
  });

  const features = useMemo(() => communes.data?.features ?? [], [communes.data]);
  const classes = useMemo(() => choroplethClasses(features.map((feature) => metricValue(feature.properties, metric))), [features, metric]);
  const fillColor = useMemo(() => choroplethFillExpression(classes, "iocValue"), [classes]);
  const mapData = useMemo(() => (communes.data ? withMetricValue(communes.data, metric) : null), [communes.data, metric]);
  const names = useMemo(() => new Map(features.map((feature) => [feature.properties.code, feature.properties.name])), [features]);
  const communeName = useCallback((code: string) => names.get(code) ?? code, [names]);

  const open = useCallback(
    (code: string) => {
      setSelectedCode(code);
      const commune = features.find((feature) => feature.properties.code === code);
      if (commune && controller) controller.fitBounds(bbox(commune).slice(0, 4) as [number, number, number, number]);
    },
    [features, controller],
  );
  useIocMap(controller, http, mapData, fillColor, open, shown);
  // The first time the communes arrive, the map shows the whole province.
  const fitted = useRef(false);
  useEffect(() => {
    if (fitted.current || !controller || features.length === 0 || !communes.data) return;
    fitted.current = true;
    controller.fitBounds(bbox(communes.data).slice(0, 4) as [number, number, number, number]);
  }, [controller, features, communes.data]);
  const selected = features.find((feature) => feature.properties.code === selectedCode) ?? null;
  const toggleRecipient = (code: string) =>
    setRecipients((current) => {
      const next = new Set(current);
      if (!next.delete(code)) next.add(code);
      return next;
    });

  return (
    <div className="ioc">
      <p className="muted">Trung tâm điều hành: {account.unitName}</p>
      {communes.error && (
        <p role="alert" className="error">
          {communes.error}
          {communes.data ? " Đang hiển thị số liệu đọc lần trước." : ""}{" "}
          <button type="button" onClick={communes.reload}>
            Thử lại
          </button>
        </p>
      )}
      <div className="ioc-controls">
        <label>
          Tô màu theo
          <select value={metric} onChange={(event) => setMetric(event.target.value as IocMetric)}>
            {IOC_METRICS.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Thiết bị chưa đồng bộ quá (ngày)
          <input type="number" min={1} max={365} value={staleDays} onChange={(event) => setStaleDays(Number(event.target.value))} />
        </label>
      </div>
      <IocLegend title={IOC_METRICS.find((item) => item.id === metric)!.label} classes={classes} />
      {communes.loading && !communes.data && <p className="muted">Đang tải số liệu các xã…</p>}
      {communes.data && (
        <CommuneTable communes={features} staleDays={staleDays} selectedCode={selectedCode} recipients={recipients} onOpen={open} onToggleRecipient={toggleRecipient} />
      )}
      {selected && <CommuneDetails http={http} commune={selected} onClose={() => setSelectedCode(null)} />}
      <DirectiveForm
        http={http}
        controller={controller}
        allCodes={features.map((feature) => feature.properties.code)}
        recipients={recipients}
        communeName={communeName}
        onSent={() => {
          setRecipients(new Set());
          directives.reload();
        }}
      />
      {directives.error && <p role="alert" className="error">{directives.error}</p>}
      <SentDirectives directives={directives.data?.features ?? []} communeName={communeName} />
    </div>
  );
}
