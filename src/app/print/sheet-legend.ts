// The legend of a printed drill sheet: what is actually drawn on it — the
// drill's element kinds, the visible layers that hold features (not the empty
// ones, not the Tối mật ones left off the paper) and the incidents in the view
// by severity.

import { DRILL_ELEMENT_KINDS, type DrillPlan } from "../../domain/drill-plan";
import { INCIDENT_SEVERITIES } from "../../domain/incident-categories";
import type { IncidentOnMap } from "../../map/layers/incident-map-layer";
import type { LegendEntry } from "../../map/print/print-sheet";
import { severityColor } from "../../map/styles/layer-styles";
import { importedSourceId } from "../../map/layers/imported-source-id";
import type { Workspace } from "../workspace";

const SHAPES = { point: "point", line: "line", polygon: "area" } as const;

export function sheetLegend(
  plan: DrillPlan,
  workspace: Pick<Workspace, "builtInLayers" | "importedLayers">,
  leftOffSources: readonly string[],
  leftOutIncidents: ReadonlySet<string>,
  incidents: readonly IncidentOnMap[],
): LegendEntry[] {
  const leftOff = new Set(leftOffSources);
  const kinds = new Set(plan.elements.map((element) => element.kind));
  const drill = DRILL_ELEMENT_KINDS.filter((kind) => kinds.has(kind.id)).map<LegendEntry>((kind) => ({
    label: kind.label,
    color: kind.color,
    shape: kind.geometry === "Point" ? "point" : kind.geometry === "LineString" ? "line" : "area",
  }));
  const builtIn = workspace.builtInLayers
    .filter((layer) => layer.visible && (layer.data?.features.length ?? 0) > 0 && !leftOff.has(layer.definition.id))
    .map<LegendEntry>((layer) => ({ label: layer.definition.name, color: layer.definition.color, shape: SHAPES[layer.definition.geometry] }));
  const imported = workspace.importedLayers
    .filter(({ record }) => record.visible && record.featureCount > 0 && !leftOff.has(importedSourceId(record.id)))
    .map<LegendEntry>(({ record }) => ({ label: record.name, color: record.color, shape: "area" }));
  const severities = new Set(incidents.filter((incident) => !leftOutIncidents.has(incident.id)).map((incident) => incident.severity));
  const incidentEntries = INCIDENT_SEVERITIES.filter((severity) => severities.has(severity.id)).map<LegendEntry>((severity) => ({
    label: `Vụ việc – ${severity.label}`,
    color: severityColor(severity.id),
    shape: "point",
  }));
  return [...drill, ...builtIn, ...imported, ...incidentEntries];
}
