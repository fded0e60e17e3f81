// `analyze attribute | nearest | border-belt | protection`: the batch forms of
// the app's analyses, over GeoJSON files, returning JSON-ready objects.

import { analyseBorderBelt } from "../../src/geo/border-protection/border-belt-analysis";
import { nearestTable } from "../../src/geo/distances/distance-tables";
import { attributePoints, attributePointsNaive } from "../../src/geo/indexes/point-attribution";
import { analyseProtection } from "../../src/geo/border-protection/protection-analysis";
import type { CliArguments } from "./cli-arguments";
import { readLayer, readOptionalLayer } from "./read-layer";

export function attributeCommand(args: CliArguments) {
  const points = readLayer(args.text("points"));
  const polygons = readLayer(args.text("polygons"));
  const key = args.optionalText("key") ?? "code";
  const started = performance.now();
  const assigned = args.flag("naive") ? attributePointsNaive(points, polygons, key) : attributePoints(points, polygons, key);
  const ms = Math.round((performance.now() - started) * 10) / 10;
  const unassigned = Object.values(assigned).filter((value) => value === null).length;
  return { assigned, ms, points: Object.keys(assigned).length, unassigned, method: args.flag("naive") ? "turf-pointsWithinPolygon" : "flatbush-index" };
}

export function nearestCommand(args: CliArguments) {
  const rows = nearestTable(readLayer(args.text("from")), readLayer(args.text("to")));
  const nearest: Record<string, { id: string | null; name: string | null; metres: number | null; bearing: number | null }> = {};
  for (const row of rows) {
    nearest[row.id] = {
      id: row.nearestId,
      name: row.nearestName,
      metres: row.metres === null ? null : Math.round(row.metres * 100) / 100,
      bearing: row.bearing === null ? null : Math.round(row.bearing * 10) / 10,
    };
  }
  return { nearest };
}

export function borderBeltCommand(args: CliArguments) {
  const widthMetres = args.number("width", 1000);
  const result = analyseBorderBelt({
    borderLines: readLayer(args.text("line")),
    area: readLayer(args.text("area")),
    widthMetres,
    layers: {
      villages: readOptionalLayer(args.optionalText("villages")),
      posts: readOptionalLayer(args.optionalText("posts")),
      hotspots: readOptionalLayer(args.optionalText("hotspots")),
      incidents: readOptionalLayer(args.optionalText("incidents")),
      markers: readOptionalLayer(args.optionalText("markers")),
    },
  });
  const members = Object.fromEntries(Object.entries(result.members).map(([kind, rows]) => [kind, rows.map((row) => row.id)]));
  return {
    type: "Feature",
    properties: { kind: "border-belt", widthMetres, areaM2: Math.round(result.areaM2), members, warnings: result.warnings },
    geometry: result.belt,
  };
}

export function protectionCommand(args: CliArguments) {
  const result = analyseProtection({
    parcels: readLayer(args.text("parcels")),
    area: readOptionalLayer(args.optionalText("area")),
    widthMetres: args.number("width", 50),
    useParcelWidth: !args.flag("ignore-parcel-width"),
    watched: [
      { kind: "incident", features: readOptionalLayer(args.optionalText("incidents")) },
      { kind: "hotspot", features: readOptionalLayer(args.optionalText("hotspots")) },
    ],
  });
  return {
    corridors: result.corridors.map((corridor) => ({ id: corridor.id, name: corridor.name, widthMetres: corridor.widthMetres, parcelAreaM2: Math.round(corridor.parcelAreaM2), corridorAreaM2: Math.round(corridor.corridorAreaM2) })),
    flags: result.flags.map(({ position: _position, ...flag }) => flag),
    problems: result.problems.map((problem) => ({ kind: problem.kind, ids: problem.ids, message: problem.message, areaM2: Math.round(problem.areaM2) })),
    warnings: result.warnings,
  };
}
