// Runs the analyses off the main thread so the map stays interactive
// (ENGINEERING.md §3): coverage (with the next-post suggestion), distances,
// border belt and defence-land protection. Exposed with Comlink; progress
// comes back through a proxied callback; cancelling terminates the worker.
// Inputs are normalised first (normalize-analysis-input.ts): real boundaries
// repeat vertices and touch themselves.

import { expose } from "comlink";
import { analyseBorderBelt, type BorderBeltInput } from "../geo/border-protection/border-belt-analysis";
import { analyseCoverage, type CoverageInput } from "../geo/coverage/coverage-analysis";
import { prepareArea } from "../geo/coverage/analysis-area";
import { AnalysisInputError } from "../geo/analysis-results/analysis-errors";
import { analyseDistances, type DistanceInput } from "../geo/distances/distance-analysis";
import { suggestNextPosts } from "../geo/coverage/next-post-suggestion";
import { analyseProtection } from "../geo/border-protection/protection-analysis";
import type { ProtectionInput } from "../geo/border-protection/defence-land-protection";
import type { Feature, Geometry } from "geojson";
import { normalizeAnalysisInput } from "./normalize-analysis-input";

export type Progress = (fraction: number, stage: string) => void;

/** The next-post suggestion; its reach (radius or travel time) is the coverage input's own mode. */
export interface SuggestionRequest {
  count: number;
  objective: "population" | "area";
}

/** Input errors travel as a tagged value: Comlink would turn a thrown subclass into a plain Error. */
export type WorkerOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

function outcome<T>(run: () => T): WorkerOutcome<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof AnalysisInputError) return { ok: false, message: error.message };
    throw error;
  }
}

const api = {
  coverage(rawInput: CoverageInput, suggestion: SuggestionRequest | null, progress: Progress) {
    return outcome(() => {
      const input = normalizeAnalysisInput(rawInput);
      const result = analyseCoverage(input, (fraction, stage) => progress(suggestion ? fraction * 0.85 : fraction, stage));
      let suggestions = null;
      if (suggestion) {
        const stage = "Tìm vị trí chốt tiếp theo";
        progress(0.85, stage);
        const area = prepareArea(input.area);
        const request = { area: area.shape, covered: result.covered, villages: input.villages ?? [], mode: input.mode, ...suggestion };
        suggestions = suggestNextPosts(request, (fraction) => progress(0.85 + 0.15 * fraction, stage));
        progress(1, "Xong");
      }
      return { ...result, suggestions };
    });
  },
  distances(input: DistanceInput) {
    return outcome(() => analyseDistances(normalizeAnalysisInput(input)));
  },
  borderBelt(input: BorderBeltInput) {
    return outcome(() => analyseBorderBelt(normalizeAnalysisInput(input)));
  },
  protection(input: ProtectionInput & { area: readonly Feature<Geometry | null>[] }) {
    return outcome(() => analyseProtection(normalizeAnalysisInput(input)));
  },
};

export type AnalysisWorkerApi = typeof api;

expose(api);
