// The IOC's requests to the provincial server, through the device's
// authorised link (SyncHttp of src/store/sync: bearer token refreshed,
// X-Device-Id): the communes' aggregates, a commune's open incidents, the
// directives sent and a new one. The server filters items by bbox only, so a
// commune's incidents are its boundary's box, kept when `communeCodes` names
// it and the status is open.

import type { Feature, MultiPolygon, Polygon } from "geojson";
import bbox from "@turf/bbox";
import type { SyncHttp } from "../../store/sync/sync-http";
import type { DirectiveProperties } from "../../domain/directive";
import type { IocCommune, IocCommuneCollection } from "./ioc-communes";

export type ProvinceHttp = Pick<SyncHttp, "json" | "request">;

export const OPEN_STATUSES = ["moi", "dang-xac-minh", "dang-xu-ly"];
/** One page is enough to read a commune: more than this is said, not silently cut. */
export const COMMUNE_INCIDENT_LIMIT = 1000;

export interface CommuneIncident {
  id: string;
  title: string;
  severity: string;
  status: string;
  occurredAt: string;
  coordinates: [number, number] | null;
}

export type Directive = Feature<Polygon | MultiPolygon | null, DirectiveProperties>;

export interface DirectiveInput {
  title: string;
  text: string;
  /** The value of a datetime-local field (local time). */
  deadline: string;
  communeCodes: string[];
  area: Polygon | null;
}

export function iocCommunesPath(staleDays: number): string {
  return `/ioc/communes?staleDays=${Math.max(0, Math.round(staleDays))}`;
}

export function fetchIocCommunes(http: ProvinceHttp, staleDays: number): Promise<IocCommuneCollection> {
  return http.json<IocCommuneCollection>("GET", iocCommunesPath(staleDays));
}

export function communeIncidentsPath(commune: IocCommune): string {
  const box = bbox(commune).map((value) => value.toFixed(6)).join(",");
  return `/collections/incidents/items?bbox=${box}&limit=${COMMUNE_INCIDENT_LIMIT}`;
}

export async function fetchCommuneIncidents(http: ProvinceHttp, commune: IocCommune): Promise<{ incidents: CommuneIncident[]; truncated: boolean }> {
  const page = await http.json<{ features: Feature[]; links?: { rel: string }[] }>("GET", communeIncidentsPath(commune));
  const incidents = page.features
    .filter((feature) => {
      const properties = feature.properties ?? {};
      const codes = Array.isArray(properties.communeCodes) ? (properties.communeCodes as string[]) : [];
      return codes.includes(commune.properties.code) && OPEN_STATUSES.includes(String(properties.status)) && !properties.deletedAt;
    })
    .map((feature): CommuneIncident => {
      const properties = feature.properties ?? {};
      return {
        id: String(feature.id),
        title: String(properties.title ?? "(không tiêu đề)"),
        severity: String(properties.severity ?? ""),
        status: String(properties.status ?? ""),
        occurredAt: String(properties.occurredAt ?? ""),
        coordinates: feature.geometry?.type === "Point" ? (feature.geometry.coordinates.slice(0, 2) as [number, number]) : null,
      };
    });
  return { incidents, truncated: (page.links ?? []).some((link) => link.rel === "next") };
}

export function fetchDirectives(http: ProvinceHttp): Promise<{ features: Directive[] }> {
  return http.json<{ features: Directive[] }>("GET", "/directives");
}

/** Checks the form and builds the POST /directives body; a Vietnamese message when something is missing. */
export function buildDirective(input: DirectiveInput, id: string): { ok: true; feature: Directive } | { ok: false; message: string } {
  const title = input.title.trim();
  const text = input.text.trim();
  if (!title) return { ok: false, message: "Nhập tiêu đề chỉ đạo." };
  if (!text) return { ok: false, message: "Nhập nội dung chỉ đạo." };
  const deadline = new Date(input.deadline);
  if (!input.deadline || Number.isNaN(deadline.getTime())) return { ok: false, message: "Chọn thời hạn thực hiện." };
  if (input.communeCodes.length === 0) return { ok: false, message: "Chọn ít nhất một xã nhận chỉ đạo (trong bảng, hoặc “Tất cả”)." };
  return {
    ok: true,
    feature: { type: "Feature", id, geometry: input.area, properties: { title, text, deadline: deadline.toISOString(), communeCodes: [...new Set(input.communeCodes)] } },
  };
}

/** POST /directives: the same id again is answered 200 by the server, so a retry never sends it twice. */
export function sendDirective(http: ProvinceHttp, feature: Directive): Promise<Directive> {
  return http.json<Directive>("POST", "/directives", feature);
}
