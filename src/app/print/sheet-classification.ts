// The độ mật of a printed sheet: the highest mark of what is on it — the
// drill plan, every visible layer and the incidents drawn in the view —
// printed top and bottom as on state documents. Tối mật layers and incidents
// never reach paper: they are hidden while the map is captured and named in
// the sheet's footer as left out; a Tối mật plan is not printed at all.

import { classificationMark, classificationOf, highestClassification, type Classification } from "../../domain/classification";
import type { DrillPlan } from "../../domain/drill-plan";
import type { IncidentOnMap } from "../../map/layers/incident-map-layer";
import type { MapController } from "../../map/map-controller";
import { importedSourceId } from "../layers";
import type { Workspace } from "../workspace";

export interface SheetLayers {
  /** The map sources of the visible Tối mật layers, hidden for the capture. */
  hidden: string[];
  /** Their names (and the Tối mật incidents' count), for the footer. */
  leftOut: string[];
  /** The Tối mật incidents in the view, drawn without them for the capture. */
  leftOutIncidents: ReadonlySet<string>;
  classification: Classification;
}

export function sheetLayers(
  plan: DrillPlan,
  workspace: Workspace,
  builtInMarks: ReadonlyMap<string, Classification>,
  incidents: readonly IncidentOnMap[],
): SheetLayers {
  const visible = [
    ...workspace.builtInLayers.filter((layer) => layer.visible && layer.data).map((layer) => ({ source: layer.definition.id, name: layer.definition.name, mark: builtInMarks.get(layer.definition.id) ?? "thuong" })),
    ...workspace.importedLayers.filter(({ record }) => record.visible).map(({ record }) => ({ source: importedSourceId(record.id), name: record.name, mark: classificationOf(record) })),
  ];
  const topSecret = visible.filter((layer) => layer.mark === "toi-mat");
  const printed = visible.filter((layer) => layer.mark !== "toi-mat");
  const topSecretIncidents = incidents.filter((incident) => incident.classification === "toi-mat");
  const printedIncidents = incidents.filter((incident) => incident.classification !== "toi-mat");
  return {
    hidden: topSecret.map((layer) => layer.source),
    leftOut: [
      ...topSecret.map((layer) => layer.name),
      ...(topSecretIncidents.length > 0 ? [`${topSecretIncidents.length.toLocaleString("vi-VN")} vụ việc`] : []),
    ],
    leftOutIncidents: new Set(topSecretIncidents.map((incident) => incident.id)),
    classification: highestClassification([
      classificationOf(plan),
      ...printed.map((layer) => layer.mark),
      ...printedIncidents.map((incident) => incident.classification),
    ]),
  };
}

/** The line printed top and bottom ("" for Thường: a sheet without a mark). */
export function sheetMark(classification: Classification): string {
  return classificationMark(classification);
}

export function leftOutNotice(leftOut: readonly string[]): string {
  return leftOut.length === 0 ? "" : `Không in dữ liệu Tối mật: ${leftOut.join(", ")}.`;
}

/** Captures with the Tối mật layers hidden, and shows them again whatever happens. */
export async function withLayersHidden<T>(controller: MapController, sources: readonly string[], run: () => Promise<T>): Promise<T> {
  await Promise.all(sources.map((source) => controller.setVisibility(source, false)));
  try {
    return await run();
  } finally {
    await Promise.all(sources.map((source) => controller.setVisibility(source, true)));
  }
}
