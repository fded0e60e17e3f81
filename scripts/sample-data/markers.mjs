// Border markers 484–497, numbered north-west → south-east along the commune's
// border segment and snapped onto it (positions are NOT the real markers').
import * as turf from "@turf/turf";
import { createRng } from "./prng.mjs";
import { villageShortName } from "./names.mjs";
import { villageAt } from "./places.mjs";
import { isoDate, sampleFeature } from "./geo-utils.mjs";

export const FIRST_MARKER = 484;
export const LAST_MARKER = 497;

const CONDITIONS = { 488: "hu-hong", 492: "bi-che-lap", 495: "mat" };
const AUXILIARY = new Set([487, 491, 494]);

/** One marker per number, evenly spread with jitter, each exactly on the line. */
export function buildBorderMarkers(border, villages) {
  const rng = createRng("border-markers");
  const line = turf.lineString(border);
  const lengthKm = turf.length(line);
  const count = LAST_MARKER - FIRST_MARKER + 1;
  const step = lengthKm / count;
  return Array.from({ length: count }, (_, i) => {
    const number = FIRST_MARKER + i;
    const km = step * (i + 0.5 + rng.range(-0.3, 0.3));
    const rough = turf.along(line, km).geometry.coordinates;
    const snapped = turf.nearestPointOnLine(line, turf.point(rough)).geometry.coordinates;
    const village = villageAt(snapped, villages);
    const props = {
      number,
      label: `Cột mốc ${number}`,
      markerType: AUXILIARY.has(number) ? "phu" : "chinh",
      condition: CONDITIONS[number] ?? "tot",
      lastInspected: isoDate(2026, 5 + Math.floor(rng.range(0, 80))),
      responsibleTeam: `Tổ tự quản đường biên, cột mốc thôn ${villageShortName(village.properties.name)}`,
    };
    return sampleFeature(`border-marker-${number}`, `Cột mốc ${number} (mẫu)`, props, { type: "Point", coordinates: snapped });
  });
}
