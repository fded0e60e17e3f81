// GIS formats: (1) VN-2000 → WGS 84 for 1 M positions, the batch conversion
// (vn2000-batch-to-wgs84.ts) against proj4 point by point (the naive
// baseline, same datum shift); (2) importing a ~50 MB Shapefile of 200,000
// parcels in VN-2000 TM-3 with TCVN3 names through the worker's read path
// (direct .shp/.dbf reader → text decoding → batch reprojection →
// validation), against reading the same kind of file through GDAL (gdal3.js
// ogr2ogr → GeoJSON, the path the other formats take) on a 20,000-parcel
// subsample, extrapolated linearly, and against proj4 per point for the
// reprojection share. Storing in IndexedDB is measured by the browser import
// bench (analysis-import.bench.ts), not here.

import { expect, test } from "vitest";
import type { Polygon } from "geojson";
import { vn2000ToWgs84InPlace } from "../src/geo/coordinates/vn2000-batch-to-wgs84";
import { tm3Zone, vn2000ZoneToWgs84 } from "../src/geo/coordinates/vn2000-zone";
import { readGisFiles } from "../src/io/formats/read/read-gis-files";
import { readGdalLayer } from "../src/io/formats/read/read-gdal-layer";
import { findGisDatasets } from "../src/io/formats/read/gis-file-set";
import { withGdalJob } from "../src/io/formats/gdal/gdal-runtime";
import { validateGeoJsonValue } from "../src/io/validate-geojson";
import { loadGdal } from "../src/io/formats/gdal/gdal-runtime";
import { parcelShapefile } from "../scripts/bench-data/parcel-shapefile";
import { fastestRun } from "./bench-support";

const POSITIONS = 1_000_000;
const PARCELS = 200_000;
const GDAL_SUBSAMPLE = 20_000;
const zone = tm3Zone(105.5);

test(`reproject ${POSITIONS.toLocaleString("en")} VN-2000 positions: batch vs proj4 per point`, () => {
  const source = new Float64Array(POSITIONS * 2);
  for (let index = 0; index < POSITIONS; index++) {
    source[2 * index] = 440_000 + (index % 1000) * 100;
    source[2 * index + 1] = 1_950_000 + Math.floor(index / 1000) * 100;
  }
  let batch = source;
  const batchMs = fastestRun(() => {
    batch = source.slice();
    vn2000ToWgs84InPlace(batch, zone);
  }, 3);
  const naive = new Float64Array(POSITIONS * 2);
  const naiveMs = fastestRun(() => {
    for (let index = 0; index < POSITIONS; index++) {
      const { lon, lat } = vn2000ZoneToWgs84({ easting: source[2 * index], northing: source[2 * index + 1] }, zone);
      naive[2 * index] = lon;
      naive[2 * index + 1] = lat;
    }
  }, 1);
  let worst = 0;
  for (let index = 0; index < POSITIONS; index += 997) {
    worst = Math.max(worst, Math.hypot((batch[2 * index] - naive[2 * index]) * 105_000, (batch[2 * index + 1] - naive[2 * index + 1]) * 110_600));
  }
  console.info(
    `[result] batch VN-2000 → WGS 84: ${Math.round(batchMs)} ms for ${POSITIONS.toLocaleString("en")} positions (target < 1,000 ms)\n` +
      `[result] proj4 point by point: ${Math.round(naiveMs)} ms; ratio ${(naiveMs / batchMs).toFixed(1)}× faster; largest difference ${(worst * 1000).toFixed(2)} mm`,
  );
  expect(worst).toBeLessThan(0.002);
});

test(`import a Shapefile of ${PARCELS.toLocaleString("en")} parcels (VN-2000, TCVN3): read → decode → reproject → validate`, async () => {
  const generated = performance.now();
  const { shp, shx, dbf, prj } = parcelShapefile(PARCELS);
  const megabytes = (shp.length + shx.length + dbf.length + prj.length) / 1024 / 1024;
  console.info(`[bench data] ${PARCELS.toLocaleString("en")} parcels, ${megabytes.toFixed(1)} MB (.shp ${(shp.length / 1024 / 1024).toFixed(1)} MB), generated in ${Math.round(performance.now() - generated)} ms`);
  const files = [
    { name: "thua-dat.shp", bytes: shp },
    { name: "thua-dat.shx", bytes: shx },
    { name: "thua-dat.dbf", bytes: dbf },
    { name: "thua-dat.prj", bytes: prj },
  ];
  const gdalStarted = performance.now();
  const gdal = await loadGdal(() => import("gdal3.js/node.js"));
  const gdalMs = performance.now() - gdalStarted;

  const started = performance.now();
  const result = await readGisFiles(files, {}, { loadGdal: () => Promise.resolve(gdal), provinceMeridian: 105.5 });
  const readMs = performance.now() - started;
  expect(result.kind).toBe("read");
  if (result.kind !== "read" || !result.collection) throw new Error("not read");
  const validation = validateGeoJsonValue(result.collection, { fileName: "thua-dat.shp" });
  const totalMs = performance.now() - started;
  expect(validation.validFeatureCount).toBe(PARCELS);
  expect(result.collection.features[0].properties?.ten).toBe("Thôn Hương Minh");

  // Naive baseline: the same collection's positions reprojected with proj4 one by one.
  const rings = result.collection.features.map((feature) => (feature.geometry as Polygon).coordinates[0]);
  const naiveStarted = performance.now();
  let naiveCount = 0;
  for (const ring of rings) {
    for (const position of ring) {
      vn2000ZoneToWgs84({ easting: position[0], northing: position[1] }, zone);
      naiveCount++;
    }
  }
  const naiveReprojectMs = performance.now() - naiveStarted;

  // Baseline: the same kind of file read through GDAL (ogr2ogr → GeoJSON in wasm), on a subsample.
  const small = parcelShapefile(GDAL_SUBSAMPLE);
  const [dataset] = findGisDatasets([
    { name: "mau.shp", bytes: small.shp },
    { name: "mau.shx", bytes: small.shx },
    { name: "mau.dbf", bytes: small.dbf },
    { name: "mau.prj", bytes: small.prj },
  ]);
  const gdalReadStarted = performance.now();
  const viaGdal = await withGdalJob(gdal, (folders) => readGdalLayer(gdal, folders, dataset, undefined));
  const gdalReadMs = performance.now() - gdalReadStarted;
  expect("collection" in viaGdal && viaGdal.collection.features.length).toBe(GDAL_SUBSAMPLE);
  const gdalExtrapolated = gdalReadMs * (PARCELS / GDAL_SUBSAMPLE);
  console.info(
    `[result] GDAL (gdal3.js) first load: ${Math.round(gdalMs)} ms (once per session; Shapefiles do not need it)\n` +
      `[result] Shapefile ${megabytes.toFixed(1)} MB → WGS 84 (direct .shp/.dbf read, TCVN3 decode, batch reprojection): ${Math.round(readMs)} ms; + validation: ${Math.round(totalMs)} ms (target < 20,000 ms for 50 MB)\n` +
      `[result] baseline GDAL read (ogr2ogr → GeoJSON, no decoding or reprojection): ${Math.round(gdalReadMs)} ms for ${GDAL_SUBSAMPLE.toLocaleString("en")} parcels → ~${Math.round(gdalExtrapolated / 1000)} s for ${PARCELS.toLocaleString("en")} (linear); ratio ≈ ${(gdalExtrapolated / readMs).toFixed(1)}×\n` +
      `[result] naive proj4 per point would take ${Math.round(naiveReprojectMs)} ms for the ${naiveCount.toLocaleString("en")} positions`,
  );
});
