// Issue #12, defect 3: "Xuất CSV" in the exchange panel wrote =HYPERLINK(…),
// +1+1, -2+3, @SUM(A1) raw, and a layer with a `__proto__` property key wrote
// {} into every row of that column. Every CSV of the app now goes through one
// writer (src/io/csv/csv-writer.ts).

import { describe, expect, test } from "vitest";
import type { FeatureCollection } from "geojson";
import { csvCell, toCsv } from "../../src/io/csv/csv-writer";
import { writeCsv } from "../../src/io/csv/layer-csv";

const FORMULAS = ['=HYPERLINK("http://x","bấm")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"];

function layerWith(properties: Record<string, unknown>[]): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: properties.map((props) => ({ type: "Feature", properties: props, geometry: { type: "Point", coordinates: [105.4, 18.3] } })),
  };
}

function cells(csv: string): string[][] {
  // Enough of a reader for these rows: quoted cells hold no line breaks here except the \r case, checked separately.
  return csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((line) => line.split(","));
}

describe("one CSV writer, formulas neutralised", () => {
  test.each(FORMULAS)("the exchange-panel CSV neutralises %j", (formula) => {
    const csv = writeCsv([{ name: "Lớp thử", collection: layerWith([{ ghi_chu: formula }]) }]);
    expect(csv).toContain(csvCell(formula));
    expect(csvCell(formula).replace(/^"/, "").startsWith("'")).toBe(true);
  });

  test("numbers stay numbers: a negative distance is not a formula", () => {
    expect(csvCell(-2.5)).toBe("-2.5");
    expect(toCsv([{ header: "khoang_cach_m", value: (row: number) => row }], [-12])).toBe("\uFEFFkhoang_cach_m\r\n-12\r\n");
  });

  test("the analysis tables use the same writer", () => {
    const csv = toCsv([{ header: "ten", value: (row: string) => row }], FORMULAS);
    for (const formula of FORMULAS) expect(csv).toContain(csvCell(formula));
  });

  test("a `__proto__` property key gives its own value, and nothing where a feature lacks it", () => {
    const withKey = JSON.parse('{"__proto__": "giá trị thật", "ten": "A"}') as Record<string, unknown>;
    const csv = writeCsv([{ name: "Lớp", collection: layerWith([withKey, { ten: "B" }]) }]);
    const [header, first, second] = cells(csv);
    const column = header.indexOf("__proto__");
    expect(column).toBeGreaterThan(0);
    expect(first[column]).toBe("giá trị thật");
    expect(second[column]).toBe("");
    expect(csv).not.toContain("{}");
  });

  test("a `constructor` or `hasOwnProperty` key never prints a function or the prototype", () => {
    const csv = writeCsv([{ name: "Lớp", collection: layerWith([{ constructor: "x" }, { hasOwnProperty: "y" }, { ten: "z" }]) }]);
    expect(csv).not.toMatch(/function|\[native code\]|\{\}/);
  });
});
