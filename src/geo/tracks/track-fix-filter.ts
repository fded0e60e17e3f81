// Which GPS fixes a live patrol track keeps. A phone's fixes are noisy: a
// cold start or a fix under a dense canopy can be off by hundreds of metres,
// and Wi-Fi or cell positions can jump by kilometres for one fix. Keeping
// them would draw spikes and inflate the distance, so a fix is dropped when:
//   1. its accuracy radius is worse than `maxAccuracyMetres` (default 30 m:
//      fine enough to tell which of two markers ~1 km apart the patrol
//      passed within the 100 m matching tolerance);
//   2. it is not newer than the last kept fix (repeated or out-of-order
//      callbacks);
//   3. reaching it from the last kept fix needs an impossible speed: the
//      distance, less both accuracy radii (either end may lie anywhere in
//      its circle), divided by the elapsed time exceeds `maxSpeedMetresPerSecond`
//      (default 42 m/s ≈ 150 km/h — faster than any patrol by foot, motorbike
//      or car on border roads, slower than the jumps of a bad fix);
//   4. it is within `minSpacingMetres` of the last kept fix (default 3 m):
//      standing still must not pile up points that only add jitter distance.
// Rule 3 alone would reject everything after one bad *kept* fix, or after the
// device really moved fast while fixes were lost (a tunnel, a page hidden
// for a while): TrackFixFilter therefore accepts the new place once
// `confirmingFixes` (default 3) rejected fixes in a row agree with each other.
// Distances are ellipsoidal (geodesy/geodesic-distance).

import type { TrackFix } from "../../domain/track-recording";
import { geodesicDistance } from "../geodesy/geodesic-distance";

export interface TrackFilterSettings {
  maxAccuracyMetres: number;
  maxSpeedMetresPerSecond: number;
  minSpacingMetres: number;
  confirmingFixes: number;
}

export const DEFAULT_TRACK_FILTER: Readonly<TrackFilterSettings> = Object.freeze({
  maxAccuracyMetres: 30,
  maxSpeedMetresPerSecond: 42,
  minSpacingMetres: 3,
  confirmingFixes: 3,
});

export type FixVerdict = { keep: true } | { keep: false; reason: "inaccurate" | "stale" | "jump" | "stationary" };

export function judgeFix(fix: TrackFix, previous: TrackFix | null, settings: TrackFilterSettings = DEFAULT_TRACK_FILTER): FixVerdict {
  if (!(fix.accuracyMetres <= settings.maxAccuracyMetres)) return { keep: false, reason: "inaccurate" };
  if (!previous) return { keep: true };
  const seconds = (fix.time - previous.time) / 1000;
  if (!(seconds > 0)) return { keep: false, reason: "stale" };
  const metres = geodesicDistance([previous.lon, previous.lat], [fix.lon, fix.lat]);
  const leastTravel = Math.max(0, metres - fix.accuracyMetres - previous.accuracyMetres);
  if (leastTravel / seconds > settings.maxSpeedMetresPerSecond) return { keep: false, reason: "jump" };
  if (metres < settings.minSpacingMetres) return { keep: false, reason: "stationary" };
  return { keep: true };
}

/** The filter of one recording: remembers the last kept fix and the run of fixes rejected as jumps. */
export class TrackFixFilter {
  private jumpRun: TrackFix[] = [];

  constructor(
    private lastKept: TrackFix | null,
    private readonly settings: TrackFilterSettings = DEFAULT_TRACK_FILTER,
  ) {}

  offer(fix: TrackFix): FixVerdict {
    const verdict = judgeFix(fix, this.lastKept, this.settings);
    if (verdict.keep) {
      this.keep(fix);
      return verdict;
    }
    if (verdict.reason !== "jump") return verdict;
    const previous = this.jumpRun[this.jumpRun.length - 1];
    const fromPrevious = previous ? judgeFix(fix, previous, this.settings) : null;
    const agrees = fromPrevious !== null && (fromPrevious.keep || fromPrevious.reason === "stationary");
    this.jumpRun = agrees ? [...this.jumpRun, fix] : [fix];
    if (this.jumpRun.length < this.settings.confirmingFixes) return verdict;
    this.keep(fix);
    return { keep: true };
  }

  private keep(fix: TrackFix): void {
    this.lastKept = fix;
    this.jumpRun = [];
  }
}
