// The coverage result in words and tables: covered share of the commune, the
// area only one post covers, villages and hotspots left out, the suggested
// next posts with their gain, and any warnings — exportable.

import type { FeatureCollection } from "geojson";
import type { CsvColumn } from "../../io/csv/csv-writer";
import { formatSquareMetres } from "../../geo/geodesy/compass";
import type { CoverageResult } from "../../geo/coverage/coverage-analysis";
import type { TargetCoverage } from "../../geo/coverage/coverage-targets";
import type { SuggestedPost } from "../../geo/coverage/next-post-suggestion";
import { AnalysisExport } from "./AnalysisExport";
import { AnalysisWarnings } from "./AnalysisJobStatus";

export type CoverageOutcome = CoverageResult & { suggestions: SuggestedPost[] | null };

const percent = (value: number) => `${value.toLocaleString("vi-VN", { maximumFractionDigits: 1 })}%`;

type Row = TargetCoverage & { kind: string };

const COLUMNS: CsvColumn<Row>[] = [
  { header: "Loại", value: (row) => row.kind },
  { header: "Mã", value: (row) => row.id },
  { header: "Tên", value: (row) => row.name },
  { header: "Tỷ lệ được phủ (%)", value: (row) => Number((row.coveredShare * 100).toFixed(1)) },
  { header: "Được phủ", value: (row) => (row.covered ? "có" : "không") },
  { header: "Số chốt phủ", value: (row) => row.postCount },
  { header: "Dân số", value: (row) => row.population },
  { header: "Kinh độ", value: (row) => row.position[0].toFixed(6) },
  { header: "Vĩ độ", value: (row) => row.position[1].toFixed(6) },
];

export function AnalysisCoverageResults({ result, features }: { result: CoverageOutcome; features: FeatureCollection | null }) {
  const rows: Row[] = [...result.villages.map((row) => ({ ...row, kind: "Thôn" })), ...result.hotspots.map((row) => ({ ...row, kind: "Điểm nóng" }))];
  const uncovered = rows.filter((row) => !row.covered);
  const onlyOne = result.hotspots.filter((row) => row.postCount === 1);
  return (
    <div className="analysis-result" data-testid="coverage-result">
      <p className="analysis-headline">
        Tỷ lệ phủ: <strong data-testid="coverage-percent">{percent(result.coveredPercent)}</strong> diện tích xã ({formatSquareMetres(result.coveredAreaM2)} /{" "}
        {formatSquareMetres(result.areaM2)}).
      </p>
      <p>Vùng chỉ một chốt phủ: {formatSquareMetres(result.singlyCoveredAreaM2)}.{onlyOne.length > 0 && ` Điểm nóng chỉ một chốt phủ: ${onlyOne.map((row) => row.name).join("; ")}.`}</p>
      <AnalysisWarnings warnings={result.warnings} />
      {result.suggestions && result.suggestions.length > 0 && (
        <ol className="analysis-suggestions" aria-label="Đề xuất vị trí chốt tiếp theo">
          {result.suggestions.map((suggestion, index) => (
            <li key={index}>
              Đề xuất chốt {index + 1}: {suggestion.position[1].toFixed(5)}, {suggestion.position[0].toFixed(5)}
              {suggestion.nearVillage && ` (tại ${suggestion.nearVillage})`} — phủ thêm {formatSquareMetres(suggestion.gainAreaM2)}, khoảng{" "}
              {suggestion.gainPopulation.toLocaleString("vi-VN")} người ({suggestion.reach}).
            </li>
          ))}
        </ol>
      )}
      {rows.length === 0 ? (
        <p data-testid="coverage-no-targets">Chưa có thôn, điểm nóng nào trên bản đồ để xét được phủ hay chưa.</p>
      ) : (
        <table className="analysis-table" aria-label="Thôn và điểm nóng chưa được phủ">
          <caption>Chưa được phủ ({uncovered.length})</caption>
          <thead>
            <tr>
              <th>Loại</th>
              <th>Tên</th>
              <th>Được phủ</th>
            </tr>
          </thead>
          <tbody>
            {uncovered.map((row) => (
              <tr key={`${row.kind}-${row.id}`}>
                <td>{row.kind}</td>
                <td>{row.name}</td>
                <td>{percent(row.coveredShare * 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AnalysisExport baseName="vung-phu-chot-dan-quan" title="Vùng phủ chốt dân quân" columns={COLUMNS} rows={rows} features={features} />
    </div>
  );
}
