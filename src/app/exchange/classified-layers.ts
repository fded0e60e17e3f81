// Layers as they leave the device in a GIS file (KML, GPX, CSV, CoT,
// Shapefile, GeoPackage): Tối mật layers left out, every feature of a marked
// layer carrying `do_mat`, the file's title headed by the highest mark, and
// one sentence saying what stayed behind (with the incidents kept back from
// the incident layer).

import { topSecretLeftOutMessage, type Classification } from "../../domain/classification";
import { markCollection } from "../../io/classification-marks";
import { classifyExport, leftOutMessage, type ClassifiedExport } from "../../io/package/export-classification";
import type { PackageLayer } from "../../io/package/package-manifest";
import type { ExchangeLayerChoice } from "./use-exchange-layers";

export interface FileExportLayers {
  layers: PackageLayer[];
  classification: Classification;
  /** "" when nothing was left out. */
  leftOut: string;
}

export function fileExportLayers(loaded: readonly PackageLayer[], choices: readonly ExchangeLayerChoice[]): FileExportLayers {
  const classified = classifyExport({ layers: [...loaded], drills: [], markerInspections: [], patrols: [], attachments: [] });
  return {
    layers: classified.content.layers.map((layer) => ({ ...layer, collection: markCollection(layer.collection, layer.classification ?? "thuong") })),
    classification: classified.classification,
    leftOut: leftOutText(classified.leftOut, choices),
  };
}

/** What stayed on the device: Tối mật layers and plans, and the incidents kept back from the chosen layers ("" when nothing). */
export function leftOutText(leftOut: ClassifiedExport["leftOut"], choices: readonly ExchangeLayerChoice[]): string {
  const keptBack = choices.reduce((sum, choice) => sum + choice.leftOutFeatures, 0);
  return [leftOutMessage(leftOut), keptBack > 0 ? topSecretLeftOutMessage(keptBack, "vụ việc") : null].filter(Boolean).join(" ");
}

/** A note for a file that carries Mật data outside an encrypted package. */
export function markedFileNote(classification: Classification): string {
  return classification === "mat" ? " Tệp có dữ liệu MẬT (ghi trong thuộc tính do_mat): quản lý, chuyển giao theo chế độ tài liệu mật." : "";
}
