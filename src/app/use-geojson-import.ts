// The import flow: each file is read and validated in the worker; a clean
// file becomes a layer, a file with problems is reported and imports nothing
// unless the user then asks for its valid features only. A failed write
// leaves the database as it was (one transaction per layer).

import { useCallback, useState } from "react";
import { proxy } from "comlink";
import type { ValidationResult } from "../io/validate-geojson";
import type { ImportedLayerRecord } from "../store/database";
import type { NewLayerInput } from "../store/imported-layer.repository";
import { importWorker } from "./import-worker-client";
import { routeImportFile } from "./use-border-import-route";
import { storageErrorMessage } from "./storage-error-message";
import { nextLayerColor, layerNameFromFileName } from "./imported-layer-naming";

export type ImportReport =
  | { id: number; fileName: string; status: "validating"; progress?: { fraction: number; stage: string } }
  | { id: number; fileName: string; status: "rejected"; result: ValidationResult }
  | { id: number; fileName: string; status: "imported"; layerName: string; featureCount: number; skipped: number }
  | { id: number; fileName: string; status: "storage-failed"; message: string }
  | { id: number; fileName: string; status: "summary"; message: string };

let nextReportId = 1;

export function useGeoJsonImport(addLayer: (input: NewLayerInput) => Promise<ImportedLayerRecord>) {
  const [reports, setReports] = useState<ImportReport[]>([]);

  const replace = (report: ImportReport) =>
    setReports((current) => current.map((existing) => (existing.id === report.id ? report : existing)));

  // Progress arrives through Comlink and may land after the result did: it only
  // ever moves a still-validating report forward, never back over a final one.
  const showProgress = (id: number, fileName: string, fraction: number, stage: string) =>
    setReports((current) =>
      current.map((existing) =>
        existing.id === id && existing.status === "validating" && fraction > (existing.progress?.fraction ?? -1)
          ? { id, fileName, status: "validating", progress: { fraction, stage } }
          : existing,
      ),
    );

  const store = useCallback(
    async (id: number, fileName: string, result: ValidationResult) => {
      if (!result.collection) return;
      try {
        const record = await addLayer({
          name: layerNameFromFileName(fileName),
          color: nextLayerColor(),
          sourceFileName: fileName,
          collection: result.collection,
        });
        replace({ id, fileName, status: "imported", layerName: record.name, featureCount: record.featureCount, skipped: result.invalidFeatureCount });
      } catch (error) {
        replace({ id, fileName, status: "storage-failed", message: storageErrorMessage(error) });
      }
    },
    [addLayer],
  );

  const importFiles = useCallback(
    async (files: File[]) => {
      for (const file of files) {
        const id = nextReportId++;
        setReports((current) => [...current.filter((report) => report.status === "rejected"), { id, fileName: file.name, status: "validating" }]);
        let result: ValidationResult;
        try {
          // KML, GPX, CoT and exchange packages are recognised and converted first (use-border-import-route.ts).
          const routed = await routeImportFile(file, addLayer);
          if (routed?.kind === "report") {
            replace({ id, fileName: file.name, ...routed.report });
            continue;
          }
          const onProgress = proxy((fraction: number, stage: string) => showProgress(id, file.name, fraction, stage));
          result = routed?.kind === "validated" ? routed.result : await importWorker().validateGeoJsonFileWithProgress(file, onProgress);
        } catch (error) {
          replace({ id, fileName: file.name, status: "storage-failed", message: `Không đọc được tệp: ${String(error)}` });
          continue;
        }
        if (result.ok) {
          showProgress(id, file.name, 0.97, "Đang lưu vào máy");
          await store(id, file.name, result);
        } else replace({ id, fileName: file.name, status: "rejected", result });
      }
    },
    [store, addLayer],
  );

  const importValidOnly = useCallback(
    (report: Extract<ImportReport, { status: "rejected" }>) => void store(report.id, report.fileName, report.result),
    [store],
  );

  const dismiss = useCallback((id: number) => setReports((current) => current.filter((report) => report.id !== id)), []);

  return { reports, importFiles, importValidOnly, dismiss };
}

export type GeoJsonImporter = ReturnType<typeof useGeoJsonImport>;
