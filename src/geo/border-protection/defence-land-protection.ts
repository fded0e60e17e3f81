// "Bảo vệ đất quốc phòng": a protection corridor (hành lang bảo vệ) around
// each defence-land parcel — the ring between the parcel and its buffer of
// the parcel's `corridorWidthM` (or the global width) — and the incidents
// and hotspots inside a parcel or its corridor, flagged for follow-up.

import { buffer } from "@turf/turf";
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { featureId, featureName } from "../shapes/feature-identity";
import { geodesicArea } from "../geodesy/geodesic-area";
import { pointInPolygon } from "../indexes/point-in-polygon";
import { subtract, type Areal } from "../shapes/polygon-boolean";
import { representativePoint } from "../shapes/representative-point";
import { boxContains, shapeBox } from "../shapes/shape-bounds";

export interface ProtectionInput {
  parcels: readonly Feature<Geometry | null>[];
  widthMetres: number;
  /** Use a parcel's own `corridorWidthM` when it has one. */
  useParcelWidth: boolean;
  watched: readonly { kind: "incident" | "hotspot"; features: readonly Feature<Geometry | null>[] }[];
}

export interface ParcelCorridor {
  id: string;
  name: string;
  parcel: Polygon | MultiPolygon;
  corridor: Areal | null;
  widthMetres: number;
  parcelAreaM2: number;
  corridorAreaM2: number;
}

export interface ProtectionFlag {
  kind: "incident" | "hotspot";
  id: string;
  name: string;
  position: Position;
  parcelId: string;
  parcelName: string;
  where: "parcel" | "corridor";
}

const isAreal = (geometry: Geometry | null): geometry is Polygon | MultiPolygon => geometry?.type === "Polygon" || geometry?.type === "MultiPolygon";

function widthOf(parcel: Feature<Geometry | null>, input: ProtectionInput): number {
  const own = parcel.properties?.corridorWidthM;
  if (input.useParcelWidth && typeof own === "number" && Number.isFinite(own) && own > 0) return own;
  return Math.max(0, input.widthMetres);
}

export function protectionCorridors(input: ProtectionInput): ParcelCorridor[] {
  const corridors: ParcelCorridor[] = [];
  input.parcels.forEach((parcel, index) => {
    if (!isAreal(parcel.geometry)) return;
    const widthMetres = widthOf(parcel, input);
    const buffered = widthMetres > 0 ? buffer(parcel as Feature<Polygon | MultiPolygon>, widthMetres, { units: "meters", steps: 16 }) : undefined;
    const corridor = buffered ? subtract(buffered.geometry as Areal, parcel.geometry) : null;
    corridors.push({
      id: featureId(parcel, index),
      name: featureName(parcel, index),
      parcel: parcel.geometry,
      corridor,
      widthMetres,
      parcelAreaM2: geodesicArea(parcel.geometry),
      corridorAreaM2: geodesicArea(corridor),
    });
  });
  return corridors;
}

function inside(shape: Areal | null, [lon, lat]: Position): boolean {
  return !!shape && boxContains(shapeBox(shape), lon, lat) && pointInPolygon(lon, lat, shape);
}

export function protectionFlags(corridors: readonly ParcelCorridor[], input: ProtectionInput): ProtectionFlag[] {
  const flags: ProtectionFlag[] = [];
  for (const { kind, features } of input.watched) {
    features.forEach((feature, index) => {
      const position = representativePoint(feature.geometry);
      if (!position) return;
      for (const corridor of corridors) {
        const where = inside(corridor.parcel, position) ? "parcel" : inside(corridor.corridor, position) ? "corridor" : null;
        if (!where) continue;
        flags.push({ kind, id: featureId(feature, index), name: featureName(feature, index), position, parcelId: corridor.id, parcelName: corridor.name, where });
      }
    });
  }
  return flags;
}
