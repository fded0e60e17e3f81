// The province's communes as GET /ioc/communes returns them (one Feature per
// commune, simplified boundary, aggregates as properties), and the figures
// the IOC shows of each: the metric a choropleth colours by and the columns
// of the commune table.

import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { INCIDENT_SEVERITIES } from "../../domain/incident-categories";

export interface IocCommuneProperties {
  code: string;
  name: string;
  /** Open incidents (Mới, Đang xác minh, Đang xử lý) by severity id. */
  openIncidents: Record<string, number>;
  overdueInspections: number;
  drillsThisMonth: number;
  staleDevices: number;
}

export type IocCommune = Feature<Polygon | MultiPolygon, IocCommuneProperties>;
export type IocCommuneCollection = FeatureCollection<Polygon | MultiPolygon, IocCommuneProperties>;

export type IocMetric = "openIncidents" | "overdueInspections" | "drillsThisMonth" | "staleDevices";

export const IOC_METRICS: readonly { id: IocMetric; label: string }[] = [
  { id: "openIncidents", label: "Vụ việc đang mở" },
  { id: "overdueInspections", label: "Mốc quá hạn kiểm tra" },
  { id: "drillsThisMonth", label: "Diễn tập trong tháng" },
  { id: "staleDevices", label: "Thiết bị lâu chưa đồng bộ" },
];

export function openIncidentTotal(properties: IocCommuneProperties): number {
  return Object.values(properties.openIncidents ?? {}).reduce((sum, count) => sum + count, 0);
}

export function metricValue(properties: IocCommuneProperties, metric: IocMetric): number {
  return metric === "openIncidents" ? openIncidentTotal(properties) : properties[metric] ?? 0;
}

/** Severities from the highest (Khẩn cấp) down: the table's columns. */
export const SEVERITY_COLUMNS = [...INCIDENT_SEVERITIES].reverse();

/** The collection with each commune's metric value as `iocValue`, the property the choropleth colours by. */
export function withMetricValue(collection: IocCommuneCollection, metric: IocMetric): IocCommuneCollection {
  return { ...collection, features: collection.features.map((feature) => ({ ...feature, properties: { ...feature.properties, iocValue: metricValue(feature.properties, metric) } })) };
}
