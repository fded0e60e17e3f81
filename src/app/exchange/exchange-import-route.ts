// The "Nhập dữ liệu" route for non-GeoJSON files: the import worker recognises
// and converts KML/KMZ/GPX/CoT (→ a validated FeatureCollection that the usual
// GeoJSON path stores as a layer) and reads exchange packages (manifest,
// version, SHA-256 of every file); a verified package is then merged here
// into IndexedDB. GeoJSON answers null and keeps its own path unchanged.
// An encrypted package answers "passphrase" until it is given the right one.

import type { FeatureCollection } from "geojson";
import type { ValidationResult } from "../../io/validate-geojson";
import { RECORD_LABELS, type RecordKind } from "../../io/package/package-manifest";
import type { MergeTally } from "../../io/package/merge-plan";
import { DrillExchangeStore, ExchangeRecordError, type ApplyReport } from "../../store/drills-border/drill-exchange.store";
import type { ImportedLayerRecord } from "../../store/database";
import type { NewLayerInput } from "../../store/layers/imported-layer.repository";
import { appDatabase, importedLayers, importWorker, storageErrorMessage, workspaceFeatures, workspaces, WorkspaceLayerCollections } from "../workspace";

export type RoutedImport =
  | { kind: "validated"; result: ValidationResult }
  | { kind: "report"; report: { status: "summary"; message: string } | { status: "storage-failed"; message: string } }
  /** An encrypted package: ask for its passphrase (`message`: the last one was wrong). Nothing was read or changed. */
  | { kind: "passphrase"; message: string | null };

const exchangeStore = new DrillExchangeStore(appDatabase);

export async function routeImportFile(file: File, addLayer: (input: NewLayerInput) => Promise<ImportedLayerRecord>, passphrase?: string): Promise<RoutedImport | null> {
  const conversion = await importWorker().convertExchangeFile(file, file.name, passphrase);
  if (conversion.kind === "geojson") return null;
  if (conversion.kind === "passphrase-needed") return { kind: "passphrase", message: conversion.message };
  if (conversion.kind === "converted") return { kind: "validated", result: conversion.result };
  if (conversion.kind === "refused") return { kind: "report", report: { status: "storage-failed", message: conversion.message } };
  if (!conversion.read.ok) return { kind: "report", report: { status: "storage-failed", message: conversion.read.message } };

  const [builtIn, records] = await Promise.all([openWorkspaceLayers(), importedLayers.list()]);
  const local = await Promise.all(records.map(async (record) => ({ name: record.name, collection: await importedLayers.loadFeatures(record.id) })));
  let report: ApplyReport;
  try {
    report = await exchangeStore.apply(conversion.read.content, {
      builtInLayers: builtIn,
      importedLayers: local,
      addLayer,
      sourceFileName: file.name,
    });
  } catch (error) {
    // Records are merged in one transaction: a failure there changes nothing (layers are added after it).
    const message = error instanceof ExchangeRecordError ? error.message : `Không nhập được gói “${file.name}”: ${storageErrorMessage(error)}`;
    return { kind: "report", report: { status: "storage-failed", message } };
  }
  // The manifest passed its schema: createdBy is always there, createdAt is a real time.
  const { createdBy, createdAt } = conversion.read.manifest;
  const from = `${createdBy.name}${createdBy.unit ? ` (${createdBy.unit})` : ""}, ${new Date(createdAt).toLocaleString("vi-VN")}`;
  return { kind: "report", report: { status: "summary", message: `Đã nhập gói “${file.name}” của ${from}. ${summarise(report)}` } };
}

/** The open workspace's operational layers, as the package's layers are compared with them. */
async function openWorkspaceLayers(): Promise<Map<string, FeatureCollection>> {
  const workspace = await workspaces.active();
  if (!workspace) return new Map();
  return new WorkspaceLayerCollections().collect(await workspaceFeatures.listWorkspace(workspace.id));
}

function tallyText(label: string, tally: MergeTally): string | null {
  const total = tally.new + tally.updated + tally.unchanged + tally.conflict;
  if (total === 0) return null;
  return `${label}: ${tally.new} mới, ${tally.updated} cập nhật, ${tally.unchanged} không đổi, ${tally.conflict} xung đột`;
}

export function summarise(report: ApplyReport): string {
  const parts = [tallyText("Lớp bản đồ", report.layers)];
  for (const kind of Object.keys(report.records) as RecordKind[]) {
    const label = RECORD_LABELS[kind];
    parts.push(tallyText(label.charAt(0).toUpperCase() + label.slice(1), report.records[kind]));
  }
  const text = parts.filter(Boolean).join("; ");
  return `${text}.${report.conflicts.length > 0 ? ` ${report.conflicts.join(" ")}` : ""}`;
}
