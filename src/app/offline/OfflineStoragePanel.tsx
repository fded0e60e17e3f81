// "Bộ nhớ ngoại tuyến": what the tile cache holds and its cap (adjustable),
// what the browser reports as used and available, persistent storage, this
// session's tile counters, and "Xóa bộ nhớ đệm bản đồ" — tiles only, after a
// confirmation that says imported data stays.

import { useEffect, useState } from "react";
import { formatCount } from "./offline-format";
import { formatBytes } from "../../domain/byte-sizes";
import type { OfflineStorage } from "./use-offline-storage";
import { useTileSessionCounters } from "./use-offline-services";

const MB = 1024 * 1024;

export function OfflineStoragePanel({ storage, downloading }: { storage: OfflineStorage; downloading: boolean }) {
  const counters = useTileSessionCounters();
  const [capMb, setCapMb] = useState(Math.round(storage.capBytes / MB));
  const [confirming, setConfirming] = useState(false);
  useEffect(() => setCapMb(Math.round(storage.capBytes / MB)), [storage.capBytes]);

  return (
    <section className="offline-section" aria-labelledby="offline-storage-title">
      <h2 id="offline-storage-title">Bộ nhớ ngoại tuyến</h2>
      <p data-testid="tile-cache-totals">
        Bộ nhớ đệm bản đồ: <strong>{formatBytes(storage.totals.bytes)}</strong> ({formatCount(storage.totals.count)} ô), giới hạn {formatBytes(storage.capBytes)}.
      </p>
      <form
        className="offline-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (Number.isFinite(capMb) && capMb >= 10) void storage.setCapBytes(capMb * MB);
        }}
      >
        <label>
          Giới hạn bộ nhớ đệm (MB)
          <input type="number" min={10} step={10} value={capMb} onChange={(event) => setCapMb(event.target.valueAsNumber)} />
        </label>
        <button type="submit">Lưu giới hạn</button>
      </form>
      {storage.usage && (
        <p>
          Trình duyệt: đã dùng {formatBytes(storage.usage.used)}, còn trống khoảng {formatBytes(storage.usage.available)}.
        </p>
      )}
      <p>
        Lưu trữ bền vững:{" "}
        {storage.persisted ? (
          "đã bật (trình duyệt không tự xóa dữ liệu khi thiếu chỗ)."
        ) : (
          <>
            chưa bật.{" "}
            <button type="button" onClick={() => void storage.requestPersistence()}>
              Yêu cầu lưu trữ bền vững
            </button>
          </>
        )}
      </p>
      <p className="offline-note" data-testid="tile-session-counters" data-hits={counters.hit} data-network={counters.network} data-failed={counters.failed}>
        Phiên này: {formatCount(counters.hit)} ô lấy từ bộ nhớ đệm, {formatCount(counters.network)} ô tải qua mạng,{" "}
        {formatCount(counters.local)} ô từ tệp trong máy, {formatCount(counters.failed)} ô không lấy được.
      </p>
      {counters.lastTileError && (
        <p className="error" role="alert" data-testid="last-tile-error">
          Ô bản đồ nền gần nhất không lấy được: {counters.lastTileError}
        </p>
      )}
      {counters.writeError && (
        <p className="error" role="alert">
          {counters.writeError}
        </p>
      )}
      {storage.error && (
        <p className="error" role="alert">
          {storage.error}
        </p>
      )}
      {confirming ? (
        <div className="offline-confirm" role="group" aria-label="Xác nhận xóa bộ nhớ đệm bản đồ">
          <p>Xóa {formatCount(storage.totals.count)} ô bản đồ đã lưu? Lớp dữ liệu đã nhập và các thiết lập không bị xóa.</p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(false);
              void storage.clearTiles();
            }}
          >
            Xóa ô bản đồ
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Thôi
          </button>
        </div>
      ) : (
        <button type="button" disabled={downloading} onClick={() => setConfirming(true)}>
          Xóa bộ nhớ đệm bản đồ
        </button>
      )}
    </section>
  );
}
