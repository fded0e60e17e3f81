// Progress of an offline download (a `role="progressbar"` with
// aria-valuenow/aria-valuemax), its speed and time left, pause / resume /
// cancel, and the summary when it ends: done, failed, already cached.

import type { DownloadJobRecord } from "../../store/offline/download-job.repository";
import type { DownloadProgress } from "../../store/offline/download-runner";
import { formatCount, formatDuration, formatSpeed } from "./offline-format";
import { formatBytes } from "../../domain/byte-sizes";
import type { OfflineDownload } from "./use-offline-download";

const STATUS_LABEL: Record<DownloadJobRecord["status"], string> = {
  running: "Đang tải",
  paused: "Đã tạm dừng",
  completed: "Đã tải xong",
  cancelled: "Đã hủy",
  stopped: "Đã dừng",
};

function currentFigures(job: DownloadJobRecord, progress: DownloadProgress | null, running: boolean) {
  if (running && progress && progress.jobId === job.id) return progress;
  return { ...job, processed: job.cursor, rate: null };
}

export function DownloadProgressView({ download }: { download: OfflineDownload }) {
  const { job, progress, running } = download;
  if (!job) return null;
  const figures = currentFigures(job, progress, running);
  const percent = job.total > 0 ? Math.min(100, (figures.processed / job.total) * 100) : 100;
  const status = running ? "running" : job.status;
  const rate = "rate" in figures ? figures.rate : null;
  const finished = status === "completed" || status === "cancelled";

  return (
    <div className="offline-progress" data-status={status}>
      <p className="offline-progress-title">
        <strong>{STATUS_LABEL[status]}</strong> · {job.areaName}, mức {job.minZoom}–{job.maxZoom}
      </p>
      <div
        role="progressbar"
        aria-label="Tiến độ tải về"
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={figures.processed}
        aria-valuetext={`${formatCount(figures.processed)} trên ${formatCount(job.total)} ô`}
        className="offline-progress-bar"
      >
        <div style={{ width: `${percent}%` }} />
      </div>
      <p className="offline-progress-figures" data-testid="download-figures">
        {formatCount(figures.processed)} / {formatCount(job.total)} ô · {formatBytes(figures.bytes)}
        {running && rate && rate.bytesPerSecond > 0 && ` · ${formatSpeed(rate.bytesPerSecond)}`}
        {running && rate?.secondsLeft != null && ` · còn khoảng ${formatDuration(rate.secondsLeft)}`}
      </p>
      {(finished || status === "stopped" || status === "paused") && (
        <p className="offline-summary" role="status" data-testid="download-summary">
          Đã tải {formatCount(figures.done)} ô · lỗi {formatCount(figures.failed)} ô · đã có sẵn {formatCount(figures.skipped)} ô
          {job.failedTiles.length > 0 && status === "completed" && ` (ví dụ ô lỗi: ${job.failedTiles.slice(0, 3).join(", ")})`}.
        </p>
      )}
      {job.message && !running && (
        <p className="error" role="alert">
          {job.message}
        </p>
      )}
      <div className="offline-row">
        {running && (
          <>
            <button type="button" onClick={download.pause}>
              Tạm dừng
            </button>
            <button type="button" onClick={download.cancel}>
              Hủy tải
            </button>
          </>
        )}
        {!running && (status === "paused" || status === "stopped") && (
          <button type="button" onClick={() => void download.resume()}>
            Tiếp tục
          </button>
        )}
        {!running && status === "completed" && job.failed > 0 && (
          <button type="button" onClick={() => void download.resume()}>
            Thử lại các ô lỗi
          </button>
        )}
      </div>
    </div>
  );
}
