// Shared fixtures for the GeoJSON import validation tests: tiny deep-frozen
// GeoJSON builders and a check that a message is written in Vietnamese.

import { expect } from "vitest";
import { validateGeoJsonText, type ValidateOptions, type ValidationResult } from "../../src/io/validate-geojson";

/** Freezes a fixture and everything inside it, so a test fails if validation writes to its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const HANOI = [105.85, 21.03] as const;

export function feature(geometry: unknown, properties: unknown = {}, extra: Record<string, unknown> = {}) {
  return deepFreeze({ type: "Feature", ...extra, properties, geometry });
}

export function point(lon: number, lat: number) {
  return deepFreeze({ type: "Point", coordinates: [lon, lat] });
}

export function collection(...features: unknown[]) {
  return deepFreeze({ type: "FeatureCollection", features });
}

/** A closed square ring of side `size` degrees with its south-west corner at lon, lat. */
export function squareRing(lon: number, lat: number, size = 0.01): number[][] {
  return [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]];
}

/** Validates the fixture as the text of a file. */
export function validate(fixture: unknown, options?: ValidateOptions): ValidationResult {
  return validateGeoJsonText(JSON.stringify(fixture), options);
}

const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** The message is Vietnamese (has Vietnamese letters) and contains every expected phrase. */
export function expectVietnamese(message: string, ...phrases: string[]): void {
  expect(message).toMatch(VIETNAMESE_LETTER);
  for (const phrase of phrases) expect(message).toContain(phrase);
}
