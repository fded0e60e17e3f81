// The command-line contract: `npm run analyze -- <command>` prints one JSON
// document; bad input exits non-zero with a Vietnamese message on stderr.

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { decodeCommuneBoundary, type ProvinceTopology } from "../../src/geo/admin";
import { readFileSync } from "node:fs";

const D = "data/vu-quang";

function analyze(...args: string[]) {
  const run = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/analyze.ts", ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout) };
}

describe("npm run analyze", { timeout: 60_000 }, () => {
  test("coverage by radius", () => {
    const run = analyze("coverage", "--posts", `${D}/militia-post.geojson`, "--area", `${D}/commune.geojson`, "--radius", "1000", "--villages", `${D}/village.geojson`, "--hotspots", `${D}/hotspot.geojson`);
    expect(run.code, run.stderr).toBe(0);
    const result = run.json();
    expect(result.coveredPercent).toBeGreaterThan(0);
    expect(result.coveredPercent).toBeLessThan(100);
    expect(result.coveredAreaM2).toBeGreaterThan(0);
    expect(Array.isArray(result.uncovered)).toBe(true);
    expect(result.uncovered).toContain("village-01");
  });

  test("coverage by travel time", () => {
    const run = analyze("coverage", "--posts", `${D}/militia-post.geojson`, "--area", `${D}/commune.geojson`, "--roads", `${D}/road.geojson`, "--minutes", "10", "--skip-single");
    expect(run.code, run.stderr).toBe(0);
    expect(run.json().mode.kind).toBe("travel");
    expect(run.json().coveredPercent).toBeGreaterThan(0);
  });

  test("attribute, nearest and border-belt", () => {
    const attribute = analyze("attribute", "--points", `${D}/hotspot.geojson`, "--polygons", `${D}/village.geojson`, "--key", "id");
    expect(attribute.code, attribute.stderr).toBe(0);
    expect(Object.keys(attribute.json().assigned)).toHaveLength(15);
    expect(typeof attribute.json().ms).toBe("number");
    expect(Object.values(attribute.json().assigned).filter((value) => typeof value === "string").length).toBeGreaterThan(10);

    const nearest = analyze("nearest", "--from", `${D}/hotspot.geojson`, "--to", `${D}/militia-post.geojson`);
    expect(nearest.json().nearest["hotspot-01"].id).toMatch(/^militia-post-/);
    expect(nearest.json().nearest["hotspot-01"].metres).toBeGreaterThan(0);

    const belt = analyze("border-belt", "--line", `${D}/border-line.geojson`, "--area", `${D}/commune.geojson`, "--width", "1000");
    expect(belt.json().type).toBe("Feature");
    expect(["Polygon", "MultiPolygon"]).toContain(belt.json().geometry.type);
    expect(belt.json().properties.areaM2).toBeGreaterThan(0);
  });

  test("bad input: non-zero exit and a Vietnamese message on stderr", () => {
    const missing = analyze("coverage", "--posts", "khong-co.geojson", "--area", `${D}/commune.geojson`, "--radius", "1000");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Không đọc được tệp “khong-co.geojson”");
    expect(missing.stdout).toBe("");

    const dir = mkdtempSync(join(tmpdir(), "analyze-"));
    writeFileSync(join(dir, "hong.geojson"), "{ not json");
    const broken = analyze("nearest", "--from", join(dir, "hong.geojson"), "--to", `${D}/militia-post.geojson`);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("không phải JSON hợp lệ");

    const usage = analyze("coverage", "--posts", `${D}/militia-post.geojson`, "--area", `${D}/commune.geojson`);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Thiếu tham số --radius");

    const negative = analyze("coverage", "--posts", `${D}/militia-post.geojson`, "--area", `${D}/commune.geojson`, "--radius", "-5");
    expect(negative.code).toBe(2);
    expect(negative.stderr).toContain("phải là một số không âm");

    expect(analyze("khong-biet").stderr).toContain("Không có lệnh “khong-biet”");
  });

  test("the REAL official Vũ Quang boundary as --area, with its repeated vertices: coverage and border belt work", () => {
    const topology = JSON.parse(readFileSync("public/admin-2025/provinces/42.topo.json", "utf8")) as ProvinceTopology;
    const commune = decodeCommuneBoundary(topology, "18313");
    if (!commune || commune.geometry.type !== "Polygon") throw new Error("18313 should be one polygon");
    // as in the source: every vertex written twice in a row
    const repeated = { ...commune, geometry: { type: "Polygon", coordinates: commune.geometry.coordinates.map((ring) => ring.flatMap((position) => [position, position])) } };
    const dir = mkdtempSync(join(tmpdir(), "analyze-real-"));
    writeFileSync(join(dir, "vu-quang.geojson"), JSON.stringify({ type: "FeatureCollection", features: [repeated] }));
    const coverage = analyze("coverage", "--posts", `${D}/militia-post.geojson`, "--area", join(dir, "vu-quang.geojson"), "--radius", "2000", "--skip-single");
    expect(coverage.code, coverage.stderr).toBe(0);
    expect(coverage.stderr).toContain("bỏ");
    expect(coverage.json().areaM2 / 1e6).toBeCloseTo(533.5, 0);
    const belt = analyze("border-belt", "--line", `${D}/border-line.geojson`, "--area", join(dir, "vu-quang.geojson"), "--width", "1000");
    expect(belt.code, belt.stderr).toBe(0);
    expect(belt.json().properties.areaM2).toBeGreaterThan(0);
  });

  test("a failure the analyses did not foresee exits 1 with a Vietnamese message, never 3", () => {
    const dir = mkdtempSync(join(tmpdir(), "analyze-odd-"));
    writeFileSync(join(dir, "la.geojson"), JSON.stringify({ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [[["a", "b"], ["c", "d"], ["e", "f"], ["a", "b"]]] } }));
    const odd = analyze("coverage", "--posts", `${D}/militia-post.geojson`, "--area", join(dir, "la.geojson"), "--radius", "1000");
    expect(odd.code).toBe(1);
    expect(odd.stderr).toContain("Lỗi dữ liệu: ");
    expect(odd.stderr).not.toMatch(/Error|at /);
    expect(odd.stdout).toBe("");
  });
});

describe("npm run analyze refuses what it used to guess (issue #12)", { timeout: 60_000 }, () => {
  const base = ["coverage", "--posts", `${D}/militia-post.geojson`, "--area", `${D}/commune.geojson`];

  test.each([
    ["an empty radius (was read as 0)", ""],
    ["a hexadecimal radius (was read as 16)", "0x10"],
    ["an exponent", "1e3"],
  ])("%s is a usage error, exit 2", (_label, radius) => {
    const run = analyze(...base, "--radius", radius);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--radius phải là một số không âm");
    expect(run.stdout).toBe("");
  });

  test("an unknown option is a usage error, not ignored", () => {
    const run = analyze(...base, "--radius", "1000", "--radus", "500");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("không có tham số --radus");
  });

  test("a post at latitude 105.43 is bad data, exit 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "analyze-"));
    const posts = { type: "FeatureCollection", features: [{ type: "Feature", properties: { id: "p1" }, geometry: { type: "Point", coordinates: [18.3, 105.43] } }] };
    writeFileSync(join(dir, "posts.geojson"), JSON.stringify(posts));
    const run = analyze("coverage", "--posts", join(dir, "posts.geojson"), "--area", `${D}/commune.geojson`, "--radius", "1000");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("nằm ngoài kinh độ −180…180 / vĩ độ −90…90");
    expect(run.stderr).toContain("bị đảo");
  });
});
