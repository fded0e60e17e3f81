// `npm run analyze -- <command> [--option value …]`: the app's analyses over
// GeoJSON files for batch use (e.g. every commune of a province). Prints one
// JSON document to stdout; bad input → a Vietnamese message on stderr and a
// non-zero exit (1 bad data, 2 bad usage — nothing else: a failure the
// analyses did not foresee is still a data problem for the user, reported in
// Vietnamese, with the technical detail only when ANALYZE_DEBUG=1). Every
// layer is normalised as it is read (read-layer.ts). Same modules as the app (src/geo).

import { AnalysisInputError } from "../src/geo/analysis-results/analysis-errors";
import { CliArguments, CliUsageError } from "./analyze/cli-arguments";
import { coverageCommand } from "./analyze/coverage-command";
import { attributeCommand, borderBeltCommand, nearestCommand, protectionCommand } from "./analyze/other-commands";

const COMMANDS: Record<string, (args: CliArguments) => unknown> = {
  coverage: coverageCommand,
  attribute: attributeCommand,
  nearest: nearestCommand,
  "border-belt": borderBeltCommand,
  protection: protectionCommand,
};

const USAGE = `Cách dùng: npm run analyze -- <lệnh> [tham số]
  coverage    --posts P.geojson --area A.geojson --radius 1000 [--roads R.geojson --minutes 15] [--villages V --hotspots H] [--use-post-values]
  attribute   --points X.geojson --polygons Y.geojson --key code [--naive]
  nearest     --from X.geojson --to Y.geojson
  border-belt --line L.geojson --area A.geojson --width 1000 [--villages V --posts P --hotspots H --incidents I --markers M]
  protection  --parcels D.geojson --area A.geojson --width 50 [--incidents I --hotspots H]`;

/** Every option each command reads (kept next to USAGE; an option outside its list is a usage error). */
const KNOWN_OPTIONS: Record<string, readonly string[]> = {
  coverage: ["posts", "area", "radius", "roads", "minutes", "walk-kmh", "villages", "hotspots", "use-post-values", "min-share", "skip-single"],
  attribute: ["points", "polygons", "key", "naive"],
  nearest: ["from", "to"],
  "border-belt": ["line", "area", "width", "villages", "posts", "hotspots", "incidents", "markers"],
  protection: ["parcels", "area", "width", "ignore-parcel-width", "incidents", "hotspots"],
};

function main(argv: readonly string[]): number {
  try {
    const args = CliArguments.parse(argv);
    const command = COMMANDS[args.command];
    if (!command) throw new CliUsageError(args.command ? `Không có lệnh “${args.command}”.` : "Chưa nêu lệnh.");
    args.checkKnown(KNOWN_OPTIONS[args.command] ?? []);
    process.stdout.write(`${JSON.stringify(command(args), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CliUsageError) {
      process.stderr.write(`Lỗi: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof AnalysisInputError) {
      process.stderr.write(`Lỗi dữ liệu: ${error.message}\n`);
      return 1;
    }
    process.stderr.write("Lỗi dữ liệu: không tính được trên dữ liệu này (hình học không xử lý được). Hãy kiểm tra các tệp đầu vào.\n");
    if (process.env.ANALYZE_DEBUG === "1") process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
