// "Bản đồ nền": choose the basemap — the built-in offline one (default), an
// XYZ raster/vector URL template, a PMTiles archive by URL, or a .pmtiles file
// from this computer (kept in the browser, works offline). One URL field
// takes both kinds: a URL ending in .pmtiles is an archive, else a template.

import { useState, type FormEvent } from "react";
import {
  describeBasemapSource,
  guessXyzTileType,
  pmtilesUrlProblem,
  xyzTemplateProblem,
  type BasemapSourceConfig,
  type XyzTileType,
} from "../../store/offline/basemap-source.config";
import type { OfflineBasemap } from "./use-offline-basemap";

type TileTypeChoice = "auto" | XyzTileType;

function configFrom(url: string, choice: TileTypeChoice): BasemapSourceConfig | string {
  const text = url.trim();
  if (/\.pmtiles(\?.*)?$/i.test(text)) return pmtilesUrlProblem(text) ?? { kind: "pmtiles-url", url: text };
  const problem = xyzTemplateProblem(text);
  if (problem) return problem;
  const tileType = choice === "auto" ? guessXyzTileType(text) : choice;
  if (!tileType) return "Không nhận ra loại ô bản đồ từ đuôi tệp: hãy chọn “Ảnh” hoặc “Vector” ở ô “Loại ô bản đồ”.";
  return { kind: "xyz", urlTemplate: text, tileType };
}

export function BasemapSettings({ basemap }: { basemap: OfflineBasemap }) {
  const [url, setUrl] = useState("");
  const [choice, setChoice] = useState<TileTypeChoice>("auto");
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const config = configFrom(url, choice);
    if (typeof config === "string") {
      setProblem(config);
      return;
    }
    setProblem(null);
    await basemap.apply(config);
  }

  const message = problem ?? basemap.error;
  return (
    <section className="offline-section" aria-labelledby="basemap-settings-title">
      <h2 id="basemap-settings-title">Bản đồ nền</h2>
      <p className="offline-current" data-testid="basemap-current">
        Đang dùng: <strong>{describeBasemapSource(basemap.config)}</strong>
      </p>
      <form className="offline-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor="basemap-url">URL nguồn bản đồ</label>
        <input
          id="basemap-url"
          type="url"
          value={url}
          placeholder="http://…/{z}/{x}/{y}.png hoặc …/ban-do.pmtiles"
          onChange={(event) => setUrl(event.target.value)}
          spellCheck={false}
        />
        <label htmlFor="basemap-tile-type">Loại ô bản đồ</label>
        <select id="basemap-tile-type" value={choice} onChange={(event) => setChoice(event.target.value as TileTypeChoice)}>
          <option value="auto">Tự nhận biết theo đuôi tệp</option>
          <option value="raster">Ảnh (PNG, JPG, WebP)</option>
          <option value="vector">Vector (PBF, MVT)</option>
        </select>
        <button type="submit" disabled={basemap.busy}>
          Dùng nguồn này
        </button>
      </form>
      <div className="offline-row">
        <label className="file-button offline-file-button">
          Chọn tệp PMTiles trong máy
          <input
            type="file"
            accept=".pmtiles"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void basemap.pickFile(file);
            }}
          />
        </label>
        <button type="button" disabled={basemap.busy || basemap.config.kind === "built-in"} onClick={() => void basemap.apply({ kind: "built-in" })}>
          Dùng bản đồ nền có sẵn
        </button>
      </div>
      <p className="import-hint">Tệp PMTiles được giữ trong trình duyệt và dùng được khi không có mạng.</p>
      {basemap.busy && (
        <p className="offline-note" role="status">
          Đang mở nguồn bản đồ…
        </p>
      )}
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
