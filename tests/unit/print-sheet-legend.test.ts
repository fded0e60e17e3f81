import { describe, expect, it } from "vitest";
import type { FeatureCollection } from "geojson";
import { importedSourceId } from "../../src/map/layers/imported-source-id";
import { sheetLegend } from "../../src/app/print/sheet-legend";
import type { DrillPlan } from "../../src/domain/drill-plan";
import { LAYER_CATALOG } from "../../src/domain/layer-catalog";
import type { ImportedLayerRecord } from "../../src/store/database";

const point: FeatureCollection = { type: "FeatureCollection", features: [{ type: "Feature", geometry: { type: "Point", coordinates: [105.4, 18.3] }, properties: {} }] };
const empty: FeatureCollection = { type: "FeatureCollection", features: [] };

const plan = {
  elements: [
    { id: "e1", kind: "assembly-point", name: "Tập kết", phaseId: "p", forceIds: [], geometry: { type: "Point", coordinates: [105.4, 18.3] } },
    { id: "e2", kind: "route", name: "Tuyến", phaseId: "p", forceIds: [], geometry: { type: "LineString", coordinates: [[105.4, 18.3], [105.5, 18.3]] } },
  ],
} as unknown as DrillPlan;

function builtIn(id: string, data: FeatureCollection | null, visible = true) {
  const definition = LAYER_CATALOG.find((layer) => layer.id === id)!;
  return { definition, data, visible, opacity: 1 };
}

function imported(id: string, name: string, featureCount: number, visible = true) {
  return { record: { id, name, color: "#123456", visible, featureCount } as ImportedLayerRecord, blobUrl: null };
}

describe("the printed drill sheet's legend", () => {
  it("lists the drill's kinds, the visible layers holding features and the incidents' severities, nothing else", () => {
    const [posts, villages, hotspots, roads] = ["militia-post", "village", "hotspot", "road"];
    const workspace = {
      builtInLayers: [builtIn(posts, point), builtIn(villages, empty), builtIn(hotspots, point), builtIn(roads, point, false)],
      importedLayers: [imported("a", "Thửa đất 2024", 120), imported("b", "Lớp rỗng", 0), imported("c", "Tối mật nhập", 5)],
    };
    const legend = sheetLegend(
      plan,
      workspace,
      [hotspots, importedSourceId("c")],
      new Set(["i3"]),
      [
        { id: "i1", severity: "cao", classification: "thuong" },
        { id: "i2", severity: "cao", classification: "mat" },
        { id: "i3", severity: "khan-cap", classification: "toi-mat" },
        { id: "i4", severity: "thap", classification: "thuong" },
      ],
    );
    const postsName = LAYER_CATALOG.find((layer) => layer.id === posts)!.name;
    expect(legend.map((entry) => entry.label)).toEqual(["Điểm tập kết", "Tuyến cơ động", postsName, "Thửa đất 2024", "Vụ việc – Thấp", "Vụ việc – Cao"]);
    expect(legend.find((entry) => entry.label === "Tuyến cơ động")?.shape).toBe("line");
    expect(legend.find((entry) => entry.label === "Vụ việc – Cao")?.shape).toBe("point");
  });
});
