// "Nhập dữ liệu" recognises the format from the content, not only the name:
// GeoJSON keeps its own path; KML, KMZ, GPX, CoT (file or TAK data package)
// are converted and validated; unknown zips are refused.

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { strToU8, zipSync } from "fflate";
import { convertExchangeFile, detectFormat } from "../../src/io/detect-format";

const fixture = (path: string) => readFileSync(`tests/fixtures/${path}`);

describe("format detection", () => {
  test.each([
    ["a.geojson", '{"type":"FeatureCollection","features":[]}', "geojson"],
    ["a.json", '\uFEFF  [1]', "geojson"],
    ["tuan-tra.txt", '<?xml version="1.0"?>\n<!-- Google Earth -->\n<kml xmlns="http://www.opengis.net/kml/2.2">', "kml"],
    ["track.xml", '<?xml version="1.0"?><gpx version="1.1">', "gpx"],
    ["marker.xml", '<event version="2.0" uid="x">', "cot"],
    ["no-extension", "PK\u0003\u0004rest", "zip"],
    ["notes.txt", "hello", "unknown"],
  ])("%s → %s", (name, text, expected) => {
    expect(detectFormat(name, strToU8(text))).toBe(expected);
  });
});

describe("conversion", () => {
  test("GeoJSON is left to the usual validation", async () => {
    expect(await convertExchangeFile(new Blob(['{"type":"FeatureCollection","features":[]}']), "a.geojson")).toEqual({ kind: "geojson" });
  });

  test("KML, GPX and CoT files become validated feature collections", async () => {
    for (const [path, count] of [["kml/google-earth-styled.kml", 3], ["gpx/patrol-track-484-486.gpx", 2], ["cot/atak-spot-marker.cot", 1]] as const) {
      const result = await convertExchangeFile(new Blob([fixture(path)]), path);
      expect(result.kind, path).toBe("converted");
      if (result.kind === "converted") {
        expect(result.result.ok, path).toBe(true);
        expect(result.result.validFeatureCount, path).toBe(count);
      }
    }
  });

  test("KMZ and TAK data packages are opened; an unknown zip is refused", async () => {
    const kmz = zipSync({ "doc.kml": fixture("kml/google-earth-styled.kml") });
    expect((await convertExchangeFile(new Blob([kmz]), "a.kmz")).kind).toBe("converted");
    const tak = zipSync({ "MANIFEST/manifest.xml": strToU8("<MissionPackageManifest version=\"2\"/>"), "x/x.cot": fixture("cot/atak-spot-marker.cot") });
    const converted = await convertExchangeFile(new Blob([tak]), "tak.zip");
    expect(converted.kind === "converted" && converted.result.validFeatureCount).toBe(1);
    const other = await convertExchangeFile(new Blob([zipSync({ "a.txt": strToU8("x") })]), "khac.zip");
    expect(other).toMatchObject({ kind: "refused" });
    const broken = await convertExchangeFile(new Blob([strToU8("PK\u0003\u0004 broken")]), "hong.zip");
    expect(broken).toMatchObject({ kind: "refused" });
  });

  test("an unsafe KML is refused, not converted", async () => {
    const result = await convertExchangeFile(new Blob([fixture("kml/unsafe-network-link.kml")]), "x.kml");
    expect(result.kind).toBe("refused");
  });
});
