// Travel speeds of the response-time model (documented in docs/ARCHITECTURE.md,
// "Analysis"): militia respond by motorbike along the road layer at a speed
// per road class (`roadClass` property), and on foot off the road.
// Planning defaults for mountain roads, not legal limits; all configurable.

export interface TravelSpeeds {
  /** km/h per `roadClass` value. */
  byRoadClass: Record<string, number>;
  /** km/h on a road whose class is missing or unknown. */
  defaultRoad: number;
  /** km/h on foot, off the road. */
  walking: number;
}

export const DEFAULT_TRAVEL_SPEEDS: TravelSpeeds = {
  byRoadClass: { "quoc-lo": 50, "duong-ho-chi-minh": 50, "tinh-lo": 40 },
  defaultRoad: 25,
  walking: 4,
};

export const ROAD_CLASS_LABELS: Record<string, string> = {
  "quoc-lo": "Quốc lộ",
  "duong-ho-chi-minh": "Đường Hồ Chí Minh",
  "tinh-lo": "Tỉnh lộ",
};

/** km/h → metres per minute. */
export const metresPerMinute = (kmh: number): number => (kmh * 1000) / 60;

export function roadSpeed(speeds: TravelSpeeds, roadClass: unknown): number {
  const speed = typeof roadClass === "string" ? speeds.byRoadClass[roadClass] : undefined;
  return speed !== undefined && speed > 0 ? speed : speeds.defaultRoad;
}
