import { describe, expect, it } from "vitest";
import { screenOnlySources } from "../../src/map/print/print-overlays";
import type { MapController } from "../../src/map/map-controller";

describe("overlays left off a printed sheet", () => {
  it("hides analysis results, the measuring tool, the editor, the position and the sync overlay; keeps layers, incidents and the drill", () => {
    const onMap = [
      "commune",
      "militia-post",
      "imported-abc",
      "incident-records",
      "drill-situation",
      "admin-neighbour-communes",
      "analysis-coverage",
      "analysis-measure",
      "editing-overlay",
      "device-position",
      "sync-overlay",
      "offline-download-area",
    ];
    const controller = { sourceIds: () => onMap } as unknown as MapController;
    expect(screenOnlySources(controller)).toEqual(["analysis-coverage", "analysis-measure", "editing-overlay", "device-position", "sync-overlay", "offline-download-area"]);
  });
});
