// Directives ("chỉ đạo") from the province and alerts ("cảnh báo") pulled
// from the provincial server (IndexedDB tables `directives` and `alerts`,
// schema v8), each row holding the server's GeoJSON Feature as sent. A
// commune's acknowledgement ("Đã nhận", "Đã thực hiện") is written on the
// directive at once (`localAcknowledgements`) and queued in the outbox in the
// same transaction, so it reaches the province whenever the device is online.

import type { Feature, Geometry } from "geojson";
import type { AppDatabase } from "../database";
import { newId, nowIso } from "../ids";
import type { AcknowledgementState, DirectiveProperties } from "../../domain/directive";
import { outboxTable } from "../outbox.repository";

export type { AcknowledgementState, DirectiveProperties } from "../../domain/directive";

export interface DirectiveRecord {
  id: string;
  deadline: string;
  feature: Feature<Geometry | null, DirectiveProperties>;
  /** Acknowledgements made on this device (shown before the server echoes them). */
  localAcknowledgements: { state: AcknowledgementState; at: string }[];
}

export interface AlertProperties {
  kind: "khan-cap" | "vanh-dai-bien-gioi";
  incidentId: string;
  communeCode: string;
  title: string;
  severity: string;
  createdAt: string;
}

export interface AlertRecord {
  id: string;
  createdAt: string;
  feature: Feature<Geometry | null, AlertProperties>;
  /** When the user closed it ("Đã xem"); null while it is new. */
  seenAt: string | null;
}

export function directiveTable(database: AppDatabase) {
  return database.table<DirectiveRecord, string>("directives");
}

export function alertTable(database: AppDatabase) {
  return database.table<AlertRecord, string>("alerts");
}

export class DirectivesAlertsRepository {
  constructor(private readonly database: AppDatabase) {}

  directives(): Promise<DirectiveRecord[]> {
    return directiveTable(this.database).orderBy("deadline").toArray();
  }

  alerts(): Promise<AlertRecord[]> {
    return alertTable(this.database).orderBy("createdAt").reverse().toArray();
  }

  /** Stores an alert pushed live (server-sent event) before the next pull brings it again. */
  async putAlert(feature: Feature<Geometry | null, AlertProperties>): Promise<void> {
    const id = String(feature.id);
    await this.database.transaction("rw", alertTable(this.database), async () => {
      const existing = await alertTable(this.database).get(id);
      await alertTable(this.database).put({ id, createdAt: feature.properties.createdAt, feature, seenAt: existing?.seenAt ?? null });
    });
  }

  async markAlertSeen(id: string): Promise<void> {
    await alertTable(this.database).update(id, { seenAt: nowIso() });
  }

  async acknowledge(directiveId: string, state: AcknowledgementState, communeCode?: string): Promise<void> {
    const at = nowIso();
    await this.database.transaction("rw", [directiveTable(this.database), outboxTable(this.database)], async () => {
      const directive = await directiveTable(this.database).get(directiveId);
      if (!directive) throw new Error("Không tìm thấy chỉ đạo này.");
      await directiveTable(this.database).put({ ...directive, localAcknowledgements: [...directive.localAcknowledgements, { state, at }] });
      await outboxTable(this.database).add({
        id: newId(),
        entity: "directive-ack",
        entityId: directiveId,
        operation: "create",
        method: "POST",
        path: `/directives/${encodeURIComponent(directiveId)}/acknowledgements`,
        baseVersion: 0,
        version: 1,
        payload: { state, ...(communeCode ? { communeCode } : {}) },
        state: "pending",
        createdAt: at,
        updatedAt: at,
      });
    });
  }
}
