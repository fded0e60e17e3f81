// "Nhập vào lớp…": a file's features brought into one operational layer of the
// open workspace. The file is read and validated in the import worker (GeoJSON,
// KML/KMZ/GPX/CoT converted there; Shapefile, GeoPackage, MapInfo, DXF, DGN,
// CSV/XLSX read by GDAL there after the same choices as "Nhập dữ liệu": layer,
// coordinate system, text encoding, coordinate columns), the columns are mapped onto the layer's
// fields (a guess offered), every row is checked by the layer's attribute and
// geometry rules, and the accepted rows are written in one transaction —
// appended or replacing the layer — with one undo for the whole import.

import { useCallback, useMemo, useState } from "react";
import type { Feature } from "geojson";
import { columnsOf, guessMapping, mapRows, type ColumnMapping, type MappedRows } from "../../domain/column-mapping";
import type { EditableLayerId } from "../../domain/layer-attributes";
import type { ImportUndo } from "../../store/layers/workspace-feature.repository";
import { geometryProblems, withComputedProperties } from "../../geo/shapes/layer-geometry-checks";
import type { GisChoices } from "../../io/formats/read/gis-read-types";
import { importWorker, storageErrorMessage, useBuiltInLayerData, useWorkspace, workspaceFeatures } from "../workspace";
import { choicesFrom, inspectGisSet, readGisSetFeatures, splitGisFiles, type GisReadInspection } from "./gis-import-steps";
import { currentActor } from "../roles";

export interface IncomingFile {
  fileName: string;
  features: Feature[];
}

/** A GIS file set waiting for the user's choices (the same dialog as "Nhập dữ liệu"). */
export interface PendingGisChoice {
  files: File[];
  report: { id: number; fileName: string; status: "gis-choice"; inspection: GisReadInspection; choices: GisChoices; busy: boolean };
}

export interface LayerImportDone {
  fileName: string;
  layerId: EditableLayerId;
  count: number;
  undo: ImportUndo;
}

async function readIncoming(file: File): Promise<IncomingFile> {
  const worker = importWorker();
  const conversion = await worker.convertExchangeFile(file, file.name);
  if (conversion.kind === "refused") throw new Error(conversion.message);
  if (conversion.kind === "package" || conversion.kind === "passphrase-needed") throw new Error("Đây là gói dữ liệu trao đổi: hãy dùng “Nhập dữ liệu”, không nhập vào một lớp.");
  const result = conversion.kind === "converted" ? conversion.result : await worker.validateGeoJsonFile(file);
  if (!result.collection) throw new Error(`Tệp “${file.name}” không đọc được: ${result.fileProblems.map((problem) => problem.message).join(" ")}`);
  if (result.collection.features.length === 0) throw new Error(`Tệp “${file.name}” không có đối tượng hợp lệ nào.`);
  return { fileName: file.name, features: result.collection.features };
}

export function useImportIntoLayer() {
  const { record: workspace } = useWorkspace();
  const communes = useBuiltInLayerData("commune");
  const [incoming, setIncoming] = useState<IncomingFile | null>(null);
  const [layerId, setLayerIdState] = useState<EditableLayerId>("militia-post");
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [mode, setMode] = useState<"append" | "replace">("append");
  const [done, setDone] = useState<LayerImportDone | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [gisChoice, setGisChoice] = useState<PendingGisChoice | null>(null);

  const columns = useMemo(() => (incoming ? columnsOf(incoming.features) : []), [incoming]);

  const setLayerId = useCallback(
    (next: EditableLayerId) => {
      setLayerIdState(next);
      setMapping(guessMapping(next, columns));
    },
    [columns],
  );

  const receive = useCallback(
    (read: IncomingFile) => {
      setIncoming(read);
      setMapping(guessMapping(layerId, columnsOf(read.features)));
    },
    [layerId],
  );

  /** Inspects a GIS set with the given choices; shows the choices again, or refuses with the reason. */
  const inspectGis = useCallback(async (files: File[], choices: GisChoices) => {
    const inspection = await inspectGisSet(files, choices);
    if (inspection.kind === "refused") throw new Error(inspection.message);
    const fileName = files.map((file) => file.name).join(", ");
    setGisChoice({ files, report: { id: 0, fileName, status: "gis-choice", inspection, choices: choicesFrom(inspection, choices), busy: false } });
  }, []);

  const attempt = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (reason) {
      setIncoming(null);
      setGisChoice(null);
      setMessage(reason instanceof Error ? reason.message : String(reason));
    } finally {
      setBusy(false);
    }
  }, []);

  /** One file (GeoJSON, KML/KMZ, GPX, CoT), or the files of one GIS dataset (a Shapefile is several files). */
  const chooseFiles = useCallback(
    (files: File[]) =>
      attempt(async () => {
        setIncoming(null);
        setGisChoice(null);
        const { gisSets, others } = await splitGisFiles(files);
        if (gisSets.length > 0) await inspectGis(gisSets[0], {});
        else if (others.length > 0) receive(await readIncoming(others[0]));
      }),
    [attempt, inspectGis, receive],
  );

  const chooseGis = useCallback((choices: GisChoices) => gisChoice && attempt(() => inspectGis(gisChoice.files, choices)), [attempt, gisChoice, inspectGis]);

  /** The GIS features read with the confirmed choices go on to the column mapping, not to storage. */
  const confirmGis = useCallback(
    () =>
      gisChoice &&
      attempt(async () => {
        const outcome = await readGisSetFeatures(gisChoice.files, gisChoice.report.choices);
        if (outcome.kind === "refused") throw new Error(outcome.message);
        setGisChoice(null);
        receive({ fileName: outcome.fileName, features: outcome.collection.features });
      }),
    [attempt, gisChoice, receive],
  );

  /** Every row checked: attributes by the layer's form rules, geometry as the editor checks it at save. */
  const rows = useMemo<MappedRows | null>(() => {
    if (!incoming) return null;
    const mapped = mapRows(layerId, incoming.features, mapping);
    const accepted: MappedRows["accepted"] = [];
    const refused = [...mapped.refused];
    for (const row of mapped.accepted) {
      const problems = geometryProblems(layerId, row.geometry, communes);
      if (problems.length > 0) refused.push({ row: row.row, messages: problems.map((problem) => problem.message) });
      else accepted.push({ ...row, properties: withComputedProperties(layerId, row.geometry, row.properties) });
    }
    return { accepted, refused: refused.sort((a, b) => a.row - b.row) };
  }, [incoming, layerId, mapping, communes]);

  const run = useCallback(async () => {
    if (!incoming || !rows || rows.accepted.length === 0) return;
    setBusy(true);
    try {
      const undo = await workspaceFeatures.importFeatures(workspace.id, layerId, rows.accepted, mode, `${currentActor()} – nhập từ tệp ${incoming.fileName}`);
      setDone({ fileName: incoming.fileName, layerId, count: rows.accepted.length, undo });
      setMessage(`Đã nhập ${rows.accepted.length} đối tượng vào lớp${mode === "replace" ? " (thay thế dữ liệu cũ)" : ""}${rows.refused.length > 0 ? `; bỏ qua ${rows.refused.length} dòng có lỗi` : ""}.`);
      setIncoming(null);
    } catch (reason) {
      setMessage(`Chưa nhập được: ${storageErrorMessage(reason)}. Lớp vẫn như trước.`);
    } finally {
      setBusy(false);
    }
  }, [incoming, rows, workspace.id, layerId, mode]);

  const undo = useCallback(async () => {
    if (!done) return;
    setBusy(true);
    try {
      await workspaceFeatures.undoImport(done.undo, `Hoàn tác nhập ${done.fileName}`);
      setMessage(`Đã hoàn tác lần nhập “${done.fileName}”: lớp trở lại như trước.`);
      setDone(null);
    } catch (reason) {
      setMessage(`Chưa hoàn tác được: ${storageErrorMessage(reason)}`);
    } finally {
      setBusy(false);
    }
  }, [done]);

  return { incoming, columns, layerId, setLayerId, mapping, setMapping, mode, setMode, rows, busy, message, done, chooseFiles, gisChoice, chooseGis, confirmGis, run, undo, cancel: () => {
    setIncoming(null);
    setGisChoice(null);
  } };
}

export type ImportIntoLayer = ReturnType<typeof useImportIntoLayer>;
