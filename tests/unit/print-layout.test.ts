// Printing maths: sheet layout per paper, scale of the printed frame, scale
// bar length against the map scale, and grid lines/labels (MGRS and VN-2000).

import { describe, expect, test } from "vitest";
import proj4 from "proj4";
import { pageSizeMm, sheetLayout } from "../../src/geo/print/print-layout";
import { formatDistance, metresPerPixel, roundedScale, scaleBar, scaleDenominator } from "../../src/geo/print/print-scale";
import { computeGrid, crossing, gridInterval, gridLabel } from "../../src/geo/print/print-grid";
import { project, unproject, type Viewport } from "../../src/geo/print/print-viewport";

describe("sheet layout", () => {
  test("paper sizes and orientation", () => {
    expect(pageSizeMm("A4", "landscape")).toEqual([297, 210]);
    expect(pageSizeMm("A3", "portrait")).toEqual([297, 420]);
    const a4 = sheetLayout("A4", "landscape");
    expect([a4.widthPx, a4.heightPx]).toEqual([1754, 1240]); // 150 dpi
    // The frame, legend and footer fit inside the page and do not overlap.
    expect(a4.mapFrame.x + a4.mapFrame.width).toBeLessThan(a4.legend.x);
    expect(a4.mapFrame.y + a4.mapFrame.height).toBeLessThan(a4.footer.y);
    expect(a4.footer.y + a4.footer.height).toBeLessThanOrEqual(a4.heightPx);
    expect(a4.mapFrame.width / a4.pxPerMm).toBeCloseTo(a4.mapFrameWidthMm, 0);
  });
});

describe("scale", () => {
  test("metres per pixel halves with each zoom level and shrinks with latitude", () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
    expect(metresPerPixel(18.3, 13) / metresPerPixel(18.3, 14)).toBeCloseTo(2, 10);
    expect(metresPerPixel(60, 10)).toBeCloseTo(metresPerPixel(0, 10) / 2, 6);
  });

  test("5 km of ground on a 200 mm frame is 1:25 000; the bar shows a round length of the right size", () => {
    const denominator = scaleDenominator(5_000, 200);
    expect(denominator).toBe(25_000);
    const bar = scaleBar(denominator, 50);
    // 50 mm at 1:25 000 is 1 250 m on the ground: the longest round length below it is 1 km = 40 mm.
    expect(bar).toEqual({ metres: 1_000, lengthMm: 40, label: "1 km" });
    expect(scaleBar(25_000, 30).metres).toBe(500);
    expect(scaleBar(50_000, 45).metres).toBe(2_000);
    // The bar always represents its label at the sheet's scale.
    for (const denominatorCase of [7_300, 18_000, 61_000, 240_000]) {
      const { metres, lengthMm } = scaleBar(denominatorCase, 40);
      expect(lengthMm).toBeLessThanOrEqual(40);
      expect(lengthMm).toBeGreaterThan(40 / 2.5);
      expect((lengthMm / 1000) * denominatorCase).toBeCloseTo(metres, 6);
    }
    expect(roundedScale(24_873)).toBe(25_000);
    expect(formatDistance(500)).toBe("500 m");
  });
});

describe("grid", () => {
  const view: Viewport = { centerLon: 105.42, centerLat: 18.3, zoom: 12, width: 900, height: 700 };

  test("the viewport projects and unprojects consistently", () => {
    const [x, y] = project(view, 105.45, 18.28);
    const [lon, lat] = unproject(view, x, y);
    expect(lon).toBeCloseTo(105.45, 9);
    expect(lat).toBeCloseTo(18.28, 9);
    expect(project(view, view.centerLon, view.centerLat)).toEqual([450, 350]);
  });

  test("interval gives a readable number of lines", () => {
    expect(gridInterval(9_000)).toBe(1_000);
    expect(gridInterval(16_000)).toBe(2_000);
    expect(gridInterval(40_000)).toBe(5_000);
    expect(gridInterval(700)).toBe(100);
  });

  test("MGRS lines fall on whole UTM kilometres and are labelled with the two km digits", () => {
    const grid = computeGrid(view, "mgrs");
    expect(grid.caption).toMatch(/^Lưới MGRS 48Q [A-Z]{2} \(UTM 48N, WGS84\), ô 2 km$/);
    const utm = proj4("EPSG:4326", "+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs");
    const easting = grid.lines.find((line) => line.axis === "easting");
    expect(easting).toBeDefined();
    // Any point on the drawn line is back on the same easting (to a few metres: the line is sampled).
    const [lon, lat] = unproject(view, ...easting!.points[8]);
    expect(utm.forward([lon, lat])[0]).toBeCloseTo(easting!.value, -1);
    expect(easting!.value % grid.intervalMetres).toBe(0);
    expect(easting!.label).toBe(String((easting!.value / 1000) % 100).padStart(2, "0"));
    expect(grid.lines.filter((line) => line.axis === "northing").length).toBeGreaterThanOrEqual(3);
  });

  test("VN-2000 labels are whole kilometres on Hà Tĩnh's 3° zone", () => {
    const grid = computeGrid(view, "vn2000");
    const northing = grid.lines.find((line) => line.axis === "northing")!;
    expect(northing.value % grid.intervalMetres).toBe(0);
    expect(northing.label).toBe(Math.round(northing.value / 1000).toLocaleString("vi-VN").replace(/\./g, " "));
    expect(gridLabel("vn2000", 2_024_000)).toBe("2 024");
    expect(gridLabel("mgrs", 2_024_000)).toBe("24");
    expect(grid.caption).toContain("VN-2000");
  });

  test("a grid finer than 1 km labels its lines with the hundreds of metres, so no two neighbours read the same", () => {
    expect(gridLabel("mgrs", 2_046_500, 500)).toBe("465");
    expect(gridLabel("mgrs", 2_046_000, 500)).toBe("460");
    expect(gridLabel("mgrs", 2_099_900, 100)).toBe("999");
    expect(gridLabel("vn2000", 2_024_500, 500)).toBe("2 024,5");
    expect(gridLabel("vn2000", 2_024_000, 500)).toBe("2 024,0");
    const street: Viewport = { ...view, zoom: 15.5 };
    for (const system of ["mgrs", "vn2000"] as const) {
      const grid = computeGrid(street, system);
      expect(grid.intervalMetres).toBeLessThan(1000);
      for (const axis of ["easting", "northing"] as const) {
        const labels = grid.lines.filter((line) => line.axis === axis).map((line) => line.label);
        expect(labels.length).toBeGreaterThan(2);
        expect(new Set(labels).size, `${system} ${axis}: ${labels.join(" ")}`).toBe(labels.length);
      }
    }
  });

  test("label positions: where a line crosses the frame edge", () => {
    expect(crossing([[10, -5], [12, 5]], 1, 0)).toBeCloseTo(11, 9);
    expect(crossing([[0, 0], [1, 1]], 1, 5)).toBeNull();
  });
});
