// "Nhập vào lớp…" column mapping: the guess from Vietnamese column names with
// or without accents, and every row checked by the layer's own rules (a
// missing required value, a number out of range, the wrong geometry) with the
// row number the officer counts from.

import { describe, expect, test } from "vitest";
import type { Feature } from "geojson";
import { columnsOf, guessMapping, mapRows } from "../../src/domain/column-mapping";

const post = (properties: Record<string, unknown>, geometry: Feature["geometry"] = { type: "Point", coordinates: [105.4, 18.3] }): Feature =>
  Object.freeze({ type: "Feature", geometry, properties: Object.freeze(properties) }) as Feature;

const FILE: readonly Feature[] = Object.freeze([
  post({ ten: "Chốt Khe Tre", don_vi: "Trung đội dân quân cơ động", quan_so: 12, "Bán kính (m)": "1.500", sdt: "0912 345 678" }),
  post({ ten: "Chốt Ngàn Trươi", don_vi: "Tiểu đội dân quân thôn", quan_so: "8", "Bán kính (m)": 800 }),
  post({ ten: "", don_vi: "Tiểu đội", quan_so: 5 }),
  post({ ten: "Chốt đồi", don_vi: "Tiểu đội", quan_so: 500 }),
  post({ ten: "Chốt vùng", don_vi: "Tiểu đội", quan_so: 5 }, { type: "Polygon", coordinates: [[[105, 18], [105.1, 18], [105.1, 18.1], [105, 18]]] }),
]);

describe("column mapping", () => {
  test("guesses name, unit, strength, radius and phone from folded column names", () => {
    const mapping = guessMapping("militia-post", columnsOf(FILE));
    expect(mapping).toMatchObject({ name: "ten", unit: "don_vi", strength: "quan_so", radiusM: "Bán kính (m)", phone: "sdt", commander: null });
  });

  test("maps the rows and refuses the bad ones with their row number and why", () => {
    const { accepted, refused } = mapRows("militia-post", FILE, guessMapping("militia-post", columnsOf(FILE)), "2026-11-30");
    expect(accepted.map((row) => [row.row, row.properties.name, row.properties.strength, row.properties.radiusM])).toEqual([
      [1, "Chốt Khe Tre", 12, 1500],
      [2, "Chốt Ngàn Trươi", 8, 800],
    ]);
    expect(refused.map((refusal) => refusal.row)).toEqual([3, 4, 5]);
    expect(refused[0].messages.join(" ")).toContain("Tên chốt");
    expect(refused[1].messages.join(" ")).toContain("Quân số");
    expect(refused[2].messages.join(" ")).toContain("không hợp với lớp (cần điểm)");
  });
});
