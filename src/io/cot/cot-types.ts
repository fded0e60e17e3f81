// Cursor-on-Target types for what the commune exports (MIL-STD-2525 based
// "a-<affiliation>-<dimension>-<function>" atoms and TAK's "b-m-p-s-m" spot
// marker): militia posts and border stations as friendly ground units or
// installations, headquarters as friendly HQ, markers/hotspots/incidents as
// spot markers whose remarks say what they are.

export const COT_TYPES: Record<string, string> = {
  "militia-post": "a-f-G-U-C",
  "border-station": "a-f-G-I",
  "command-post": "a-f-G-U-H",
  "border-marker": "b-m-p-s-m",
  hotspot: "b-m-p-s-m",
  incident: "b-m-p-s-m",
};

export const DEFAULT_COT_TYPE = "b-m-p-s-m";

/** "h-g-i-g-o": entered by a human, position from a map (as ATAK marks a hand-placed point). */
export const COT_HOW_MANUAL = "h-g-i-g-o";

/** CoT's "unknown" for height above ellipsoid and circular/linear errors. */
export const COT_UNKNOWN = 9_999_999;

export function cotTypeFor(layerId: string): string {
  return COT_TYPES[layerId] ?? DEFAULT_COT_TYPE;
}
