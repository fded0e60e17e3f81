// GeoJSON geometries as records store them (drill elements, patrol tracks):
// WGS84 positions of 2 or 3 finite numbers inside the valid ranges, lines of
// ≥ 2 positions, closed polygon rings of ≥ 4. Anything deeper or stranger is
// refused here, before it can reach Turf or MapLibre.

import * as v from "valibot";
import { finiteNumber, listOf } from "./schema-primitives";

const longitude = v.pipe(finiteNumber, v.minValue(-180), v.maxValue(180));
const latitude = v.pipe(finiteNumber, v.minValue(-90), v.maxValue(90));

// Strict tuples: valibot's plain tuple would match [lon, lat] against a 3-value
// position and drop the altitude (a GPX track's elevations) from the output.
export const positionSchema = v.union([v.strictTuple([longitude, latitude]), v.strictTuple([longitude, latitude, finiteNumber])]);

const lineCoordinates = v.pipe(listOf(positionSchema), v.minLength(2));
const ringCoordinates = v.pipe(
  listOf(positionSchema),
  v.minLength(4),
  v.check((ring) => ring[0].every((value, index) => value === ring[ring.length - 1][index]), "ring_not_closed"),
);

export const pointSchema = v.object({ type: v.literal("Point"), coordinates: positionSchema });
export const lineStringSchema = v.object({ type: v.literal("LineString"), coordinates: lineCoordinates });
export const multiLineStringSchema = v.object({ type: v.literal("MultiLineString"), coordinates: v.pipe(listOf(lineCoordinates), v.minLength(1)) });
export const polygonSchema = v.object({ type: v.literal("Polygon"), coordinates: v.pipe(listOf(ringCoordinates), v.minLength(1)) });
