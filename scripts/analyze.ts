// `npm run analyze -- <command> [--option value …]`: the app's analyses over
// GeoJSON files for batch use (e.g. every commune of a province). Prints one
// JSON document to stdout; bad input → a Vietnamese message on stderr and a
// non-zero exit (1 bad data, 2 bad usage). Same modules as the app (src/geo).

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

function main(argv: readonly string[]): number {
  try {
    const args = CliArguments.parse(argv);
    const command = COMMANDS[args.command];
    if (!command) throw new CliUsageError(args.command ? `Không có lệnh “${args.command}”.` : "Chưa nêu lệnh.");
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
    process.stderr.write(`Lỗi không mong đợi: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 3;
  }
}

process.exitCode = main(process.argv.slice(2));
