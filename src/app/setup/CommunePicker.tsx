// Search the official list of 34 provinces and 3,321 communes and wards by
// name (accent-insensitive: "son kim" finds Sơn Kim 1 and 2) or by code
// ("18313"); a commune clicked is previewed on the map and added to the
// choice (a Đồn Biên phòng or a province officer may choose several).

import { useMemo, useState } from "react";
import type { CommuneUnit } from "../../geo/admin";
import { useAdminUnits } from "./use-admin-units";
import { useCommunePreview } from "./use-commune-preview";
import { openCommuneWorkspace } from "./create-commune-workspace";

const SHOWN_RESULTS = 30;

function unitLabel(commune: CommuneUnit): string {
  return `${commune.fullName}, ${commune.provinceName}`;
}

export function CommunePicker({ onOpened, beforeOpen }: { onOpened?: () => void; beforeOpen?: () => Promise<void> }) {
  const { units, search, error: loadError } = useAdminUnits();
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<CommuneUnit[]>([]);
  const [previewed, setPreviewed] = useState<CommuneUnit | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const previewError = useCommunePreview(units, previewed);

  const results = useMemo(() => (search ? search.search(query, SHOWN_RESULTS) : []), [search, query]);
  const isChosen = (commune: CommuneUnit) => chosen.some((candidate) => candidate.code === commune.code);

  function toggle(commune: CommuneUnit) {
    setPreviewed(commune);
    setChosen((current) => (current.some((candidate) => candidate.code === commune.code) ? current.filter((candidate) => candidate.code !== commune.code) : [...current, commune]));
  }

  async function open() {
    if (!units) return;
    setBusy(true);
    setError(null);
    try {
      await beforeOpen?.();
      await openCommuneWorkspace(units, chosen);
      onOpened?.();
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    } finally {
      setBusy(false);
    }
  }

  if (loadError) return <p role="alert" className="error">{loadError}</p>;
  if (!units) return <p className="muted">Đang đọc danh sách xã, phường…</p>;

  return (
    <div className="commune-picker">
      <label>
        Tìm xã, phường (tên hoặc mã)
        <input
          type="search"
          value={query}
          placeholder="ví dụ: son kim, 18313"
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            const first = results.find((result) => result.kind === "commune");
            if (event.key === "Enter" && first?.kind === "commune") toggle(first.unit);
          }}
        />
      </label>
      {query && (
        <ul className="commune-results" aria-label="Kết quả tìm xã, phường">
          {results.length === 0 && <li className="muted">Không tìm thấy xã, phường nào.</li>}
          {results.map((result) =>
            result.kind === "commune" ? (
              <li key={result.unit.code}>
                <button type="button" aria-pressed={isChosen(result.unit)} onClick={() => toggle(result.unit)}>
                  {unitLabel(result.unit)} <small>· mã {result.unit.code}{result.unit.landBorder ? " · giáp biên giới" : ""}</small>
                </button>
              </li>
            ) : (
              <li key={`province-${result.unit.code}`}>
                <button type="button" onClick={() => setQuery(result.unit.name)}>
                  {result.unit.fullName} <small>· {result.unit.communeCount} xã, phường</small>
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      {chosen.length > 0 && (
        <p data-testid="chosen-communes">
          Đã chọn: {chosen.map(unitLabel).join("; ")}
        </p>
      )}
      <button type="button" disabled={chosen.length === 0 || busy} onClick={() => void open()}>
        {chosen.length > 1 ? `Dùng ${chosen.length} xã, phường đã chọn` : "Dùng xã, phường này"}
      </button>
      {(error ?? previewError) && (
        <p className="error" role="alert">
          {error ?? previewError}
        </p>
      )}
    </div>
  );
}
