// A list of problems that stops growing at a limit and counts the rest, so a
// file with a million bad features still yields a short, readable report.

import type { GeoJsonProblem } from "./geojson-problem";
import { tooManyProblemsMessage } from "./file-messages";

export const DEFAULT_MAX_PROBLEMS = 100;

export class CappedProblemList {
  private readonly listed: GeoJsonProblem[] = [];
  private omitted = 0;

  constructor(private readonly limit: number) {}

  /** True once the limit is reached; callers then `skip` instead of building problems. */
  get isFull(): boolean {
    return this.listed.length >= this.limit;
  }

  add(problem: GeoJsonProblem): void {
    if (this.isFull) this.omitted++;
    else this.listed.push(problem);
  }

  skip(count: number): void {
    this.omitted += count;
  }

  /** The listed problems after `leading` ones, ending with a "too-many-problems" note if any were cut. */
  finish(leading: readonly GeoJsonProblem[] = []): GeoJsonProblem[] {
    const result = [...leading, ...this.listed];
    if (this.omitted > 0) {
      result.push({
        kind: "too-many-problems",
        featureIndex: null,
        path: "",
        message: tooManyProblemsMessage(this.omitted, this.listed.length),
      });
    }
    return result;
  }
}
