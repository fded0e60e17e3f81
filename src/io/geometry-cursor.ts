// Where a geometry walk currently is, and who hears about problems found there.
// The cursor is mutated in place while walking, so visiting a position costs
// no allocation; a path string is built only when a problem is reported.

import type { ProblemKind, StructureReason } from "./geojson-problem";

export interface GeometryCursor {
  /** Path of the object being checked ("" for the root value). */
  base: string;
  /** Member of that object: "coordinates", "geometries", "type", "geometry", … or "" for the object itself. */
  member: string;
  /** Indices into the member's nested arrays; -1 when that level is not in play. */
  first: number;
  second: number;
  third: number;
}

export interface GeometryProblemSink {
  /**
   * One occurrence of a problem. `subject` is the offending value (a position,
   * a ring, a type name…) and is only read if a message is needed.
   */
  report(
    kind: ProblemKind,
    cursor: Readonly<GeometryCursor>,
    subject: unknown,
    reason: StructureReason | null,
  ): void;
}

export function newCursor(base: string, member: string): GeometryCursor {
  return { base, member, first: -1, second: -1, third: -1 };
}

/** `base.member[first][second][third]`, leaving out what is not set. */
export function cursorPath(cursor: Readonly<GeometryCursor>): string {
  let path = joinPath(cursor.base, cursor.member);
  if (cursor.first >= 0) path += `[${cursor.first}]`;
  if (cursor.second >= 0) path += `[${cursor.second}]`;
  if (cursor.third >= 0) path += `[${cursor.third}]`;
  return path;
}

export function joinPath(base: string, member: string): string {
  if (member === "") return base;
  return base === "" ? member : `${base}.${member}`;
}

/** Sets the index at nesting `level` (0, 1 or 2) of the coordinates array. */
export function setIndex(cursor: GeometryCursor, level: number, index: number): void {
  if (level === 0) cursor.first = index;
  else if (level === 1) cursor.second = index;
  else cursor.third = index;
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
