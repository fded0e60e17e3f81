// The exchange package against IndexedDB: gathers what the user chose to
// export (layers given by the caller; drills, marker inspections with their
// photos, patrols read here), and applies a verified incoming package —
// records merged by revision (new / updated / unchanged / conflict, see
// io/package/merge-plan.ts) in one transaction; layers compared by content,
// a different or unknown layer added as a new imported layer. Nothing local
// is overwritten unless the incoming version descends from it. Every record
// is checked against its schema again before the transaction opens (the
// reader already did; this store may be fed from elsewhere later, e.g. the
// server), so a malformed record is refused and nothing changes. Every record
// the merge writes (new, updated, or the copy kept beside a conflict) is
// queued for the provincial server in the same transaction, and so is every
// inspection photo new to the device (after the inspections), so what came by
// zip from the border station reaches the server too; merging the same
// package again changes nothing and queues nothing.

import type { FeatureCollection } from "geojson";
import type { MarkerInspection } from "../../domain/border-marker-register";
import type { DrillPlan } from "../../domain/drill-plan";
import type { PatrolRecord } from "../../domain/patrol-log";
import type { Classification } from "../../domain/classification";
import { canonicalJson, classifyRecord, emptyTally, type MergeTally } from "../../io/package/merge-plan";
import type { ExchangeContent, PackageLayer, RecordKind } from "../../io/package/package-manifest";
import type { AppDatabase } from "../database";
import { markerAttachmentTable, queueMarkerAttachments, type MarkerAttachment } from "./marker-inspection.repository";
import { validateRecordList } from "../../io/schemas/validate-exchange-records";
import { newId, nowIso } from "../ids";
import { drillFeature, inspectionFeature, patrolFeature, type RevisedCollection } from "../sync/record-features";
import { enqueueRevisedChange, revisedOutboxTables } from "../sync/revised-record-outbox";
import { markerPosition, markerPositionTables } from "./marker-position";

/** A record that fails its schema: the Vietnamese message names the record and the field. */
export class ExchangeRecordError extends Error {}

export interface ExportChoice {
  layers: PackageLayer[];
  drills: boolean;
  markerInspections: boolean;
  patrols: boolean;
}

export interface LocalLayer {
  name: string;
  collection: FeatureCollection;
}

export interface ApplyContext {
  builtInLayers: Map<string, FeatureCollection>;
  importedLayers: LocalLayer[];
  addLayer: (layer: { name: string; color: string; sourceFileName: string; collection: FeatureCollection; classification?: Classification }) => Promise<unknown>;
  sourceFileName: string;
}

export interface ApplyReport {
  layers: MergeTally;
  records: Record<RecordKind, MergeTally>;
  conflicts: string[];
}

type Stored = DrillPlan | MarkerInspection | PatrolRecord;

const SYNC_COLLECTION: Record<RecordKind, RevisedCollection> = { drills: "drills", markerInspections: "marker-inspections", patrols: "patrols" };

export class DrillExchangeStore {
  constructor(private readonly database: AppDatabase) {}

  private table<T>(name: string) {
    return this.database.table<T, string>(name);
  }

  async gather(choice: ExportChoice): Promise<ExchangeContent> {
    const drills = choice.drills ? await this.table<DrillPlan>("drills").toArray() : [];
    const markerInspections = choice.markerInspections ? await this.table<MarkerInspection>("markerInspections").toArray() : [];
    const patrols = choice.patrols ? await this.table<PatrolRecord>("patrols").toArray() : [];
    const photoIds = markerInspections.flatMap((inspection) => inspection.photoIds);
    const stored = (await this.table<MarkerAttachment>("markerAttachments").bulkGet(photoIds)).filter((item): item is MarkerAttachment => item !== undefined);
    const attachments = await Promise.all(
      stored.map(async ({ blob, ...meta }) => ({ ...meta, bytes: new Uint8Array(await blob.arrayBuffer()) })),
    );
    return { layers: choice.layers, drills, markerInspections, patrols, attachments };
  }

  async apply(content: ExchangeContent, context: ApplyContext): Promise<ApplyReport> {
    for (const kind of ["drills", "markerInspections", "patrols"] as const) {
      const checked = validateRecordList(kind, content[kind]);
      if (!checked.ok) throw new ExchangeRecordError(`${checked.message} Chưa có dữ liệu nào được thay đổi.`);
    }
    const report: ApplyReport = { layers: emptyTally(), records: { drills: emptyTally(), markerInspections: emptyTally(), patrols: emptyTally() }, conflicts: [] };
    const tables = [...["drills", "markerInspections", "patrols", "markerAttachments"].map((name) => this.table<unknown>(name)), ...revisedOutboxTables(this.database), ...markerPositionTables(this.database)];
    await this.database.transaction("rw", tables, async () => {
      await this.mergeRecords("drills", content.drills, report, (plan, suffix) => ({ ...plan, name: `${plan.name} ${suffix}` }));
      await this.mergeRecords("markerInspections", content.markerInspections, report, (inspection, suffix) => ({ ...inspection, notes: `${inspection.notes} ${suffix}`.trim() }));
      await this.mergeRecords("patrols", content.patrols, report, (patrol, suffix) => ({ ...patrol, findings: `${patrol.findings} ${suffix}`.trim() }));
      const attachments = markerAttachmentTable(this.database);
      const added: MarkerAttachment[] = [];
      for (const attachment of content.attachments) {
        if (await attachments.get(attachment.id)) continue;
        const { bytes, ...meta } = attachment;
        added.push({ ...meta, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: meta.mimeType }) });
      }
      await attachments.bulkPut(added);
      await queueMarkerAttachments(this.database, added, nowIso());
    });
    for (const layer of content.layers) await this.mergeLayer(layer, context, report);
    return report;
  }

  private async mergeRecords<T extends Stored>(kind: RecordKind, incoming: readonly T[], report: ApplyReport, asCopy: (record: T, suffix: string) => T): Promise<void> {
    const table = this.table<T>(kind);
    const tally = report.records[kind];
    for (const record of incoming) {
      const local = await table.get(record.id);
      const outcome = classifyRecord(local, record);
      tally[outcome] += 1;
      if (outcome === "new" || outcome === "updated") await this.putAndQueue(kind, record);
      if (outcome === "conflict") {
        await this.putAndQueue(kind, asCopy({ ...record, id: newId() }, "(bản nhận từ gói – xung đột)"));
        report.conflicts.push(`${labelOf(kind, record)}: hai bên cùng sửa; đã giữ bản của máy này và thêm bản nhận được thành bản riêng.`);
      }
    }
  }

  private async putAndQueue(kind: RecordKind, record: Stored): Promise<void> {
    await this.table<Stored>(kind).put(record);
    await enqueueRevisedChange(this.database, SYNC_COLLECTION[kind], await this.featureOf(kind, record), "save");
  }

  private async featureOf(kind: RecordKind, record: Stored) {
    if (kind === "drills") return drillFeature(record as DrillPlan);
    if (kind === "patrols") return patrolFeature(record as PatrolRecord);
    const inspection = record as MarkerInspection;
    return inspectionFeature(inspection, await markerPosition(this.database, inspection.markerId));
  }

  private async mergeLayer(layer: PackageLayer, context: ApplyContext, report: ApplyReport): Promise<void> {
    const incoming = canonicalJson(layer.collection);
    const builtIn = layer.kind === "built-in" ? context.builtInLayers.get(layer.id) : undefined;
    const sameName = context.importedLayers.filter((local) => local.name === layer.name);
    if ((builtIn && canonicalJson(builtIn) === incoming) || sameName.some((local) => canonicalJson(local.collection) === incoming)) {
      report.layers.unchanged += 1;
      return;
    }
    const differs = builtIn !== undefined || sameName.length > 0;
    const name = differs ? `${layer.name} (từ gói)` : layer.name;
    await context.addLayer({ name, color: layer.color, sourceFileName: context.sourceFileName, collection: layer.collection, classification: layer.classification });
    if (differs) {
      report.layers.conflict += 1;
      report.conflicts.push(`Lớp “${layer.name}” khác với lớp đang có: đã thêm thành lớp mới “${name}”, lớp cũ giữ nguyên.`);
    } else report.layers.new += 1;
  }
}

function labelOf(kind: RecordKind, record: Stored): string {
  if (kind === "drills") return `Kế hoạch “${(record as DrillPlan).name}”`;
  if (kind === "patrols") return `Nhật ký tuần tra ngày ${(record as PatrolRecord).date}`;
  return `Kiểm tra mốc ${(record as MarkerInspection).markerId} ngày ${(record as MarkerInspection).date}`;
}
