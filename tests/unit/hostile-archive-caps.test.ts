// Issue #12, defect 4: no cap on decompressed size. A 6 MB package inflating
// to 6 GB (entries the manifest does not list) was inflated whole and then
// reported as imported; a KMZ inflating to 1.5 GB was inflated before being
// refused; file.arrayBuffer() had no cap. Now: caps per file kind, checked
// before reading and WHILE inflating; unlisted entries are never inflated.
// Small caps are passed in so the tests stay fast; the real ones are listed
// in src/io/file-size-limits.ts.

import { describe, expect, test } from "vitest";
import { strToU8, zipSync } from "fflate";
import { convertExchangeFile } from "../../src/io/detect-format";
import { FILE_SIZE_LIMITS } from "../../src/io/file-size-limits";
import { cappedUnzip } from "../../src/io/zip/capped-unzip";
import { readZipFile } from "../../src/io/zip/read-zip-file";
import { handMadeEntries, POINT_LAYER } from "./hostile-package-helpers";

const MB = 1024 * 1024;
const SMALL_LIMITS = { ...FILE_SIZE_LIMITS, packageUnpacked: 1 * MB, kmzUnpacked: 1 * MB, takUnpacked: 1 * MB, manifest: 64 * 1024 };
const zeros = (bytes: number) => new Uint8Array(bytes);

describe("archives are capped while they inflate", () => {
  test("entries the manifest does not list are never inflated (16 MB of them under a 1 MB package cap)", async () => {
    const entries = await handMadeEntries({ layers: [{ id: "l1", name: "Chốt", collection: POINT_LAYER }] });
    const zip = zipSync({ ...entries, "junk/1.bin": zeros(8 * MB), "junk/2.bin": zeros(8 * MB) }, { level: 6 });
    expect(zip.length).toBeLessThan(MB);
    const content = await readZipFile(zip, "goi.zip", SMALL_LIMITS);
    expect(content.kind).toBe("package");
    if (content.kind === "package") expect(content.read.ok).toBe(true);
  });

  test("a listed entry larger than the package cap is refused, stating the limit", async () => {
    const entries = await handMadeEntries({ layers: [{ id: "l1", name: "Chốt", collection: { ...POINT_LAYER, padding: "x".repeat(2 * MB) } }] });
    const content = await readZipFile(zipSync(entries), "goi.zip", SMALL_LIMITS);
    expect(content).toMatchObject({ kind: "refused" });
    if (content.kind === "refused") {
      expect(content.message).toContain("giới hạn 1 MB");
      expect(content.message).toContain("Chưa có dữ liệu nào được thay đổi");
    }
  });

  test("a listed entry bigger than its listed size stops at that size", async () => {
    const entries = await handMadeEntries({ layers: [{ id: "l1", name: "Chốt", collection: POINT_LAYER }] });
    const zip = zipSync({ ...entries, "layers/0.geojson": strToU8(JSON.stringify({ ...POINT_LAYER, padding: "y".repeat(500_000) })) });
    const content = await readZipFile(zip, "goi.zip");
    expect(content.kind).toBe("refused");
  });

  test("a KMZ whose KML passes the cap is refused with the limit", async () => {
    const kml = strToU8(`<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${" ".repeat(3 * MB)}</Document></kml>`);
    const content = await readZipFile(zipSync({ "doc.kml": kml }), "ban-do.kmz", SMALL_LIMITS);
    expect(content).toMatchObject({ kind: "refused" });
    if (content.kind === "refused") expect(content.message).toMatch(/KMZ vượt quá giới hạn 1 MB \(đã dừng giải nén\)/);
  });

  test("inflation stops at the cap: a bomb cut in half is “too large”, never read to its broken end", () => {
    const bomb = zipSync({ "bomb.bin": zeros(48 * MB) }, { level: 9 });
    const half = bomb.subarray(0, Math.floor(bomb.length / 2));
    const result = cappedUnzip(half, { wanted: () => 64 * MB, totalCap: 1 * MB });
    expect(result).toMatchObject({ ok: false, reason: "too-large", path: "bomb.bin" });
  });

  test("a zip with two entries of one name is refused", async () => {
    // fflate's zipSync cannot write duplicate names: join two single-entry archives' local records.
    const one = zipSync({ "doc.kml": strToU8("<kml/>") }, { level: 0 });
    const localRecordEnd = one.length - (46 + 7) - 22;
    const twice = new Uint8Array([...one.subarray(0, localRecordEnd), ...one.subarray(0, localRecordEnd), ...one.subarray(localRecordEnd)]);
    const result = cappedUnzip(twice, { wanted: () => MB, totalCap: MB });
    expect(result).toMatchObject({ ok: false, reason: "duplicate" });
  });
});

describe("files are capped before their bytes are read", () => {
  test.each([
    ["hanh-trinh.gpx", '<?xml version="1.0"?><gpx version="1.1">', "GPX", FILE_SIZE_LIMITS.gpx],
    ["su-kien.cot", '<event version="2.0" uid="x">', "CoT", FILE_SIZE_LIMITS.cot],
    ["ban-do.kml", '<kml xmlns="http://www.opengis.net/kml/2.2">', "KML", FILE_SIZE_LIMITS.kml],
    ["goi.zip", "PK\u0003\u0004", "tệp nén", FILE_SIZE_LIMITS.zipFile],
  ])("%s over its cap is refused without arrayBuffer()", async (name, head, label, limit) => {
    const huge = {
      size: limit + 1,
      slice: () => new Blob([head]),
      arrayBuffer: () => Promise.reject(new Error("read the whole file")),
    } as unknown as Blob;
    const result = await convertExchangeFile(huge, name);
    expect(result.kind).toBe("refused");
    if (result.kind === "refused") expect(result.message).toContain(`giới hạn cho ${label === "tệp nén" ? "tệp nén" : `tệp ${label}`} là ${limit / MB} MB`);
  });
});
