// Gathers the problems of one feature at a time. Only the first occurrence of
// each kind is kept (with a count), so a feature with 10,000 bad positions gives
// one line, and repeats build no path strings. Reused across features.

import type { GeoJsonProblem, ProblemKind, StructureReason } from "./geojson-problem";
import { cursorPath, type GeometryCursor, type GeometryProblemSink } from "./geometry-cursor";
import { describeFeatureProblem, featurePlace, repeatNote } from "./validation-messages";

interface Occurrence {
  kind: ProblemKind;
  path: string;
  subject: unknown;
  reason: StructureReason | null;
  count: number;
}

export class FeatureProblemCollector implements GeometryProblemSink {
  private occurrences: Occurrence[] = [];

  report(kind: ProblemKind, cursor: Readonly<GeometryCursor>, subject: unknown, reason: StructureReason | null): void {
    for (let index = 0; index < this.occurrences.length; index++) {
      const occurrence = this.occurrences[index];
      if (occurrence.kind === kind) {
        occurrence.count++;
        return;
      }
    }
    this.occurrences.push({ kind, path: cursorPath(cursor), subject, reason, count: 1 });
  }

  get isEmpty(): boolean {
    return this.occurrences.length === 0;
  }

  has(kind: ProblemKind): boolean {
    return this.occurrences.some((occurrence) => occurrence.kind === kind);
  }

  /** Kind of the first problem found; the feature is counted under it when skipped. */
  get primaryKind(): ProblemKind | null {
    return this.occurrences.length === 0 ? null : this.occurrences[0].kind;
  }

  /** Number of distinct problems (one per kind) collected for this feature. */
  get size(): number {
    return this.occurrences.length;
  }

  /** Builds the problems of the feature at `featureIndex`, in the order found. */
  toProblems(featureIndex: number): GeoJsonProblem[] {
    return this.occurrences.map((occurrence) => ({
      kind: occurrence.kind,
      featureIndex,
      path: occurrence.path,
      message:
        `${featurePlace(featureIndex, occurrence.path)}: ` +
        describeFeatureProblem(occurrence.kind, occurrence.subject, occurrence.reason) +
        repeatNote(occurrence.count),
    }));
  }

  /** Forgets everything, ready for the next feature. */
  clear(): void {
    if (this.occurrences.length > 0) this.occurrences = [];
  }
}
