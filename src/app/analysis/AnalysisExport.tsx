// "Tải CSV" / "Tải GeoJSON" for one analysis result: the file is made in the
// browser (Blob + a temporary link), never sent anywhere.

import type { FeatureCollection } from "geojson";
import { toCsv, type CsvColumn } from "../../io/csv/csv-writer";
import { usePermissions } from "../roles";

function download(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface Props<Row> {
  baseName: string;
  title: string;
  columns: readonly CsvColumn<Row>[];
  rows: readonly Row[];
  features: FeatureCollection | null;
}

export function AnalysisExport<Row>({ baseName, title, columns, rows, features }: Props<Row>) {
  // A role that may not export (chỉ xem) reads results on screen only.
  const mayExport = usePermissions().can("data.export");
  if (!mayExport) return null;
  return (
    <div className="analysis-export">
      <button type="button" aria-label={`Tải CSV – ${title}`} onClick={() => download(`${baseName}.csv`, "text/csv;charset=utf-8", toCsv(columns, rows))}>
        Tải CSV
      </button>
      {features && (
        <button
          type="button"
          aria-label={`Tải GeoJSON – ${title}`}
          onClick={() => download(`${baseName}.geojson`, "application/geo+json", JSON.stringify(features))}
        >
          Tải GeoJSON
        </button>
      )}
    </div>
  );
}
