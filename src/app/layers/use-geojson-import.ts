// The import flow: each file is read, validated and — when nothing is wrong —
// stored by the import worker (import-layer-store.ts); the page receives the
// layer record and the problems, never the features nor the map's data. A file
// with problems is reported and imports nothing unless the user then asks for
// its valid features only (the worker still holds them). A failed write
// leaves the database as it was (one transaction per layer).

import { useCallback, useRef, useState } from "react";
import { proxy } from "comlink";
import type { FeatureCollection } from "geojson";
import type { ImportedLayerRecord } from "../../store/database";
import type { NewLayerInput } from "../../store/layers/imported-layer.repository";
// The report helpers by file, not through geo/normalize's index: that would bring Clipper2 into the shell's chunk.
import { reportChangedAnything, type NormalizationReport } from "../../geo/normalize/normalization-report";
import { describeNormalization } from "../../geo/normalize/normalization-summary";
import { summaryOf, type LayerNaming, type StorageFailure, type ValidationSummary } from "../../workers/import-outcome";
import { importWorker, storageErrorMessage, userErrorMessage } from "../workspace";
import { nextLayerColor, layerNameFromFileName } from "./imported-layer-naming";
import type { GisChoices } from "../../io/formats/read/gis-read-types";
import { choicesFrom, importGisSet, inspectGisSet, splitGisFiles, type GisReadInspection } from "./gis-import-steps";

export type ImportReport =
  | { id: number; fileName: string; status: "validating"; progress?: { fraction: number; stage: string } }
  | { id: number; fileName: string; status: "rejected"; result: ValidationSummary }
  | { id: number; fileName: string; status: "imported"; layerName: string; featureCount: number; skipped: number; repairs: string | null }
  | { id: number; fileName: string; status: "storage-failed"; message: string }
  | { id: number; fileName: string; status: "summary"; message: string }
  /** An encrypted exchange package waiting for its passphrase (`message`: the last one was wrong). */
  | { id: number; fileName: string; status: "passphrase"; message: string | null }
  /** A GIS file read and waiting for the user's choices (layer, CRS, text encoding, columns). */
  | { id: number; fileName: string; status: "gis-choice"; inspection: GisReadInspection; choices: GisChoices; busy: boolean };

/** Where the valid features of a rejected file are, for "Chỉ nhập N đối tượng hợp lệ". */
type ValidFeatures = { kind: "worker"; token: string } | { kind: "page"; collection: FeatureCollection };

const EXPIRED_MESSAGE = "Không còn giữ kết quả kiểm tra của tệp này (đã nhập tệp khác sau đó). Hãy nhập lại tệp.";

let nextReportId = 1;

function failureMessage(failure: StorageFailure): string {
  const error = Object.assign(new Error(failure.message), { name: failure.name }, failure.innerName ? { inner: { name: failure.innerName } } : {});
  return storageErrorMessage(error);
}

function naming(fileName: string): LayerNaming {
  return { name: layerNameFromFileName(fileName), color: nextLayerColor(), sourceFileName: fileName };
}

/** `addLayer` stores a collection from the page; layers the import worker stores show through the live layer list. */
export function useGeoJsonImport(addLayer: (input: NewLayerInput) => Promise<ImportedLayerRecord>) {
  const [reports, setReports] = useState<ImportReport[]>([]);
  const validFeatures = useRef(new Map<number, ValidFeatures>());

  /** Drops what was kept for a rejected report (the worker's valid features, the file). */
  const forget = (id: number) => {
    const source = validFeatures.current.get(id);
    validFeatures.current.delete(id);
    if (source?.kind === "worker") void importWorker().forgetPendingImport(source.token);
  };

  const replace = (report: ImportReport) =>
    setReports((current) => current.map((existing) => (existing.id === report.id ? report : existing)));

  // Progress arrives through Comlink and may land after the result did: it only
  // ever moves a still-validating report forward, never back over a final one.
  const showProgress = (id: number, fileName: string, fraction: number, stage: string) =>
    setReports((current) =>
      current.map((existing) =>
        (existing.id === id && existing.status === "validating" && fraction > (existing.progress?.fraction ?? -1)
          ? { id, fileName, status: "validating", progress: { fraction, stage } }
          : existing),
      ),
    );
  const progressFor = (id: number, fileName: string) => proxy((fraction: number, stage: string) => showProgress(id, fileName, fraction, stage));

  /** `normalization`: what importing changed in the geometry (a bow-tie split, repeated vertices dropped), told to the user. */
  const imported = (id: number, fileName: string, record: ImportedLayerRecord, skipped: number, normalization?: NormalizationReport) =>
    replace({
      id,
      fileName,
      status: "imported",
      layerName: record.name,
      featureCount: record.featureCount,
      skipped,
      repairs: normalization && reportChangedAnything(normalization) ? describeNormalization(normalization) : null,
    });

  /** Stores a collection that is already on the page (KML, GPX, CoT conversions: small). */
  const storeOnPage = useCallback(
    async (id: number, fileName: string, collection: FeatureCollection, skipped: number, normalization?: NormalizationReport) => {
      try {
        const record = await addLayer({ ...naming(fileName), collection });
        imported(id, fileName, record, skipped, normalization);
      } catch (error) {
        replace({ id, fileName, status: "storage-failed", message: storageErrorMessage(error) });
      }
    },
    [addLayer],
  );

  const importGeoJson = useCallback(
    async (id: number, file: File) => {
      const outcome = await importWorker().importGeoJsonFile(file, naming(file.name), progressFor(id, file.name));
      if (outcome.kind === "stored") {
        imported(id, file.name, outcome.record, outcome.summary.invalidFeatureCount, outcome.summary.normalization);
      } else if (outcome.kind === "storage-failed") {
        replace({ id, fileName: file.name, status: "storage-failed", message: failureMessage(outcome.failure) });
      } else {
        if (outcome.token) validFeatures.current.set(id, { kind: "worker", token: outcome.token });
        replace({ id, fileName: file.name, status: "rejected", result: outcome.summary });
      }
    },
    [],
  );

  // Shapefile, GeoPackage, MapInfo, DXF, DGN, CSV/XLSX: read, shown with the choices, imported on "Nhập".
  const gisFiles = useRef(new Map<number, File[]>());
  const showGis = async (id: number, fileName: string, files: File[], choices: GisChoices) => {
    const inspection = await inspectGisSet(files, choices);
    if (inspection.kind === "refused") return replace({ id, fileName, status: "storage-failed", message: inspection.message });
    replace({ id, fileName, status: "gis-choice", inspection, choices: choicesFrom(inspection, choices), busy: false });
  };
  const startGis = async (files: File[]) => {
    const id = nextReportId++;
    const fileName = files.map((file) => file.name).join(", ");
    gisFiles.current.set(id, files);
    setReports((current) => [...current, { id, fileName, status: "validating", progress: { fraction: 0.01, stage: "Đang đọc tệp GIS" } }]);
    try {
      await showGis(id, fileName, files, {});
    } catch (error) {
      replace({ id, fileName, status: "storage-failed", message: `Không đọc được tệp: ${String(error)}` });
    }
  };
  const chooseGis = useCallback(async (report: Extract<ImportReport, { status: "gis-choice" }>, choices: GisChoices) => {
    const files = gisFiles.current.get(report.id);
    if (!files) return;
    replace({ ...report, choices, busy: true });
    await showGis(report.id, report.fileName, files, choices).catch((error) => replace({ id: report.id, fileName: report.fileName, status: "storage-failed", message: String(error) }));
  }, []);
  const confirmGis = useCallback(
    async (report: Extract<ImportReport, { status: "gis-choice" }>) => {
      const { id, fileName, inspection, choices } = report;
      const files = gisFiles.current.get(id);
      if (!files) return;
      gisFiles.current.delete(id);
      replace({ id, fileName, status: "validating", progress: { fraction: 0.02, stage: "Đang nhập" } });
      try {
        const outcome = await importGisSet(files, choices, naming(inspection.fileName), progressFor(id, fileName));
        if (outcome.kind === "stored") {
          imported(id, fileName, outcome.record, outcome.summary.invalidFeatureCount);
        } else if (outcome.kind === "refused") replace({ id, fileName, status: "storage-failed", message: outcome.message });
        else if (outcome.kind === "storage-failed") replace({ id, fileName, status: "storage-failed", message: failureMessage(outcome.failure) });
        else {
          if (outcome.token) validFeatures.current.set(id, { kind: "worker", token: outcome.token });
          replace({ id, fileName, status: "rejected", result: outcome.summary });
        }
      } catch (error) {
        replace({ id, fileName, status: "storage-failed", message: storageErrorMessage(error) });
      }
    },
    [],
  );

  // Encrypted packages waiting for their passphrase, by report id.
  const lockedFiles = useRef(new Map<number, File>());

  /** Imports one file into the report `id` (KML, GPX, CoT and packages are routed first). */
  const importOne = useCallback(
    async (id: number, file: File, passphrase?: string) => {
      try {
        // KML, GPX, CoT and exchange packages are recognised and converted first (exchange/exchange-import-route.ts).
        // Loaded on the first import, not with the shell: the readers bring an XML parser.
        const { routeImportFile } = await import("../exchange");
        const routed = await routeImportFile(file, addLayer, passphrase);
        if (routed?.kind === "passphrase") {
          lockedFiles.current.set(id, file);
          replace({ id, fileName: file.name, status: "passphrase", message: routed.message });
        } else if (routed?.kind === "report") replace({ id, fileName: file.name, ...routed.report });
        else if (!routed) await importGeoJson(id, file);
        else if (routed.result.ok && routed.result.collection) {
          showProgress(id, file.name, 0.97, "Đang lưu vào máy");
          await storeOnPage(id, file.name, routed.result.collection, routed.result.invalidFeatureCount, routed.result.normalization);
        } else {
          if (routed.result.collection && routed.result.validFeatureCount > 0) {
            validFeatures.current.set(id, { kind: "page", collection: routed.result.collection });
          }
          replace({ id, fileName: file.name, status: "rejected", result: summaryOf(routed.result) });
        }
      } catch (error) {
        replace({ id, fileName: file.name, status: "storage-failed", message: userErrorMessage(error, `Không đọc được tệp “${file.name}” (lỗi không mong đợi khi đọc hoặc chuyển đổi). Chưa có dữ liệu nào được thay đổi.`) });
      }
    },
    [addLayer, importGeoJson, storeOnPage],
  );

  const importFiles = useCallback(
    async (picked: File[]) => {
      const { gisSets, others: files } = await splitGisFiles(picked);
      for (const set of gisSets) await startGis(set);
      for (const file of files) {
        const id = nextReportId++;
        setReports((current) => [...current.filter((report) => report.status === "rejected"), { id, fileName: file.name, status: "validating" }]);
        await importOne(id, file);
      }
    },
    [importOne],
  );

  const importValidOnly = useCallback(
    async (report: Extract<ImportReport, { status: "rejected" }>) => {
      const { id, fileName, result } = report;
      const source = validFeatures.current.get(id);
      validFeatures.current.delete(id);
      replace({ id, fileName, status: "validating", progress: { fraction: 0.6, stage: "Đang lưu vào máy" } });
      if (!source) return replace({ id, fileName, status: "storage-failed", message: EXPIRED_MESSAGE });
      if (source.kind === "page") return storeOnPage(id, fileName, source.collection, result.invalidFeatureCount, result.normalization);
      try {
        const outcome = await importWorker().storePendingImport(source.token, naming(fileName), progressFor(id, fileName));
        if (outcome.kind === "stored") {
          imported(id, fileName, outcome.record, result.invalidFeatureCount, result.normalization);
        } else {
          replace({ id, fileName, status: "storage-failed", message: outcome.kind === "expired" ? EXPIRED_MESSAGE : failureMessage(outcome.failure) });
        }
      } catch (error) {
        replace({ id, fileName, status: "storage-failed", message: storageErrorMessage(error) });
      }
    },
    [storeOnPage],
  );

  /** Opens an encrypted package with the passphrase the user typed; a wrong one asks again, nothing changed. */
  const unlockPackage = useCallback(
    async (report: Extract<ImportReport, { status: "passphrase" }>, passphrase: string) => {
      const file = lockedFiles.current.get(report.id);
      if (!file) return replace({ id: report.id, fileName: report.fileName, status: "storage-failed", message: EXPIRED_MESSAGE });
      lockedFiles.current.delete(report.id);
      replace({ id: report.id, fileName: report.fileName, status: "validating", progress: { fraction: 0.1, stage: "Đang giải mã gói" } });
      await importOne(report.id, file, passphrase);
    },
    [importOne],
  );

  const dismiss = useCallback((id: number) => {
    forget(id);
    lockedFiles.current.delete(id);
    gisFiles.current.delete(id);
    setReports((current) => current.filter((report) => report.id !== id));
  }, []);

  return {
    reports,
    importFiles,
    importValidOnly: (report: Extract<ImportReport, { status: "rejected" }>) => void importValidOnly(report),
    chooseGis: (report: Extract<ImportReport, { status: "gis-choice" }>, choices: GisChoices) => void chooseGis(report, choices),
    confirmGis: (report: Extract<ImportReport, { status: "gis-choice" }>) => void confirmGis(report),
    unlockPackage: (report: Extract<ImportReport, { status: "passphrase" }>, passphrase: string) => void unlockPackage(report, passphrase),
    dismiss,
  };
}

export type GeoJsonImporter = ReturnType<typeof useGeoJsonImport>;
