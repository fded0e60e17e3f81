// Sample items shaped like the app's outbox payloads (see
// src/domain/incident-ogc-feature.ts, src/store/sync/record-features.ts), and
// a fast seeding path for volume.

import { randomUUID } from "node:crypto";
import type pg from "pg";
import { COMMUNE_A, COMMUNE_B } from "./fixture";

export function incidentFeature(overrides: { id?: string; lon?: number; lat?: number; communeCode?: string; shared?: boolean; title?: string; occurredAt?: string; version?: number } = {}) {
  const at = overrides.occurredAt ?? "2025-03-01T08:00:00.000Z";
  return {
    type: "Feature" as const,
    id: overrides.id ?? randomUUID(),
    geometry: { type: "Point" as const, coordinates: [overrides.lon ?? 105.05, overrides.lat ?? 18.05] },
    properties: {
      kind: "incident",
      title: overrides.title ?? "Trộm cắp tài sản",
      category: "trom-cap",
      severity: "trung-binh",
      occurredAt: at,
      description: "Mô tả",
      involved: "",
      responsibleOfficer: "Đ/c Nam",
      status: "moi",
      villageId: null,
      villageName: null,
      communeName: "Xã A",
      attachmentIds: [],
      warnings: [],
      createdAt: at,
      createdBy: "editora",
      updatedAt: at,
      updatedBy: "editora",
      version: overrides.version ?? 1,
      deletedAt: null,
      ...(overrides.communeCode ? { communeCodes: [overrides.communeCode] } : {}),
      ...(overrides.shared !== undefined ? { sharedWithBorderStation: overrides.shared } : {}),
    },
  };
}

/** A marker inspection as the app's outbox sends it (src/store/sync/record-features.ts): the record in `properties`, the marker's point. */
export function markerInspectionFeature(overrides: { id?: string; lon?: number; lat?: number; photoIds?: string[] } = {}) {
  return {
    type: "Feature" as const,
    id: overrides.id ?? randomUUID(),
    geometry: { type: "Point" as const, coordinates: [overrides.lon ?? 105.05, overrides.lat ?? 18.05] },
    properties: {
      markerId: randomUUID(),
      date: "2025-03-02",
      inspector: "Đ/c Hùng",
      condition: "tot",
      responsibleTeam: "Tổ tự quản thôn Bản Mới",
      notes: "Mốc nguyên vẹn",
      photoIds: overrides.photoIds ?? [],
      updatedAt: "2025-03-02T08:00:00.000Z",
      revisions: ["2025-03-02T08:00:00.000Z"],
      deletedAt: null,
    },
  };
}

/**
 * Inserts `count` incidents of one commune directly (as the owner), spread over a 0.1° square,
 * 0.0005° (≈ 50 m) clear of its edges: the index's box test is float4-precise (≈ 1 m), so a point
 * a hair outside a neighbouring box could be counted in it and a test would fail one run in ten.
 */
export async function seedIncidents(client: pg.Client, communeCode: string, ownerUnit: string, count: number, west: number, south: number): Promise<void> {
  await client.query(
    `insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id, datetime)
     select gen_random_uuid(), 'incidents', st_setsrid(st_makepoint($3 + 0.0005 + random() * 0.099, $4 + 0.0005 + random() * 0.099), 4326),
       jsonb_build_object('title', 'Vụ việc ' || n, 'kind', 'incident', 'status', 'moi'), array[$1], $2,
       timestamptz '2025-01-01' + n * interval '1 hour'
     from generate_series(1, $5) as n`,
    [communeCode, ownerUnit, west, south, count],
  );
}

/** `perCommune` incidents in commune A's square (105–105.1 E, 18–18.1 N, police ca-a) and as many in B's (105.1–105.2 E, military chqs-b). */
export async function seedCommunesAandB(client: pg.Client, perCommune: number): Promise<void> {
  await seedIncidents(client, COMMUNE_A, "ca-a", perCommune, 105, 18);
  await seedIncidents(client, COMMUNE_B, "chqs-b", perCommune, 105.1, 18);
}
