// `analyze coverage`: the militia coverage of a commune by radius, or by
// travel time along roads (`--roads R.geojson --minutes 15`).

import { analyseCoverage } from "../../src/geo/coverage/coverage-analysis";
import type { CoverageMode } from "../../src/geo/coverage/coverage-mode";
import { DEFAULT_TRAVEL_SPEEDS } from "../../src/geo/travel-time/road-speeds";
import type { CliArguments } from "./cli-arguments";
import { readLayer, readOptionalLayer } from "./read-layer";

export function coverageCommand(args: CliArguments) {
  const usePostAttribute = args.flag("use-post-values");
  const mode: CoverageMode = args.has("roads") || args.has("minutes")
    ? {
        kind: "travel",
        minutes: args.number("minutes"),
        usePostAttribute,
        roads: readOptionalLayer(args.optionalText("roads")),
        speeds: { ...DEFAULT_TRAVEL_SPEEDS, walking: args.number("walk-kmh", DEFAULT_TRAVEL_SPEEDS.walking) },
      }
    : { kind: "radius", radiusMetres: args.number("radius"), usePostAttribute };
  const result = analyseCoverage({
    posts: readLayer(args.text("posts")),
    area: readLayer(args.text("area")),
    mode,
    villages: readOptionalLayer(args.optionalText("villages")),
    hotspots: readOptionalLayer(args.optionalText("hotspots")),
    minCoveredShare: args.number("min-share", 0.5),
    skipSingleCoverage: args.flag("skip-single"),
  });
  const targets = [...result.villages, ...result.hotspots];
  return {
    coveredPercent: round(result.coveredPercent, 3),
    coveredAreaM2: Math.round(result.coveredAreaM2),
    areaM2: Math.round(result.areaM2),
    uncovered: targets.filter((target) => !target.covered).map((target) => target.id),
    singlyCoveredAreaM2: Math.round(result.singlyCoveredAreaM2),
    mode: mode.kind === "radius" ? { kind: "radius", radiusMetres: mode.radiusMetres } : { kind: "travel", minutes: mode.minutes, speedsKmh: mode.speeds },
    posts: result.posts.map((post) => ({ ...post, reachAreaM2: Math.round(post.reachAreaM2) })),
    targets: targets.map((target) => ({ id: target.id, name: target.name, coveredShare: round(target.coveredShare, 4), covered: target.covered, postCount: target.postCount })),
    warnings: result.warnings,
  };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));
