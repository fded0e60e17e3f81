// The "Ghi hành trình" box of the patrol log: start recording, the distance,
// duration and point count as they grow, whether the screen is kept on, and
// — for a recording left from a closed or reloaded page — "Tiếp tục ghi" or
// "Kết thúc". "Kết thúc" saves the patrol with the form's details, exactly as
// a patrol with an imported GPX track.

import { formatMetres } from "../../geo/geodesy/compass";
import { formatDuration } from "../../geo/tracks/track-metrics";
import type { LiveTrackRecording } from "./use-live-track-recording";
import "./live-track.css";

interface Props {
  live: LiveTrackRecording;
  onFinish: () => void;
}

export function LiveTrackRecorder({ live, onFinish }: Props) {
  const { recording } = live;
  return (
    <section className="live-track" aria-labelledby="live-track-title">
      <h4 id="live-track-title">Ghi hành trình</h4>
      {!recording && (
        <>
          <p className="muted">Ghi vị trí GPS trong khi đi tuần (để ứng dụng mở, màn hình được giữ sáng); mỗi điểm được lưu ngay vào máy.</p>
          <div className="live-track-actions">
            <button type="button" className="primary" onClick={() => void live.start()}>
              Bắt đầu ghi hành trình
            </button>
          </div>
        </>
      )}
      {recording && (
        <>
          <div className="live-track-figures" role="status" data-testid="live-track-figures">
            <span>Quãng đường: {formatMetres(live.distanceMetres)}</span>
            <span>Thời gian: {formatDuration(live.durationMs)}</span>
            <span>{live.pointCount.toLocaleString("vi-VN")} điểm</span>
          </div>
          {live.recordingHere ? (
            <p className="muted" data-testid="live-track-state">
              Đang ghi hành trình…{" "}
              {live.wakeLock === "on" ? "Màn hình được giữ sáng." : live.wakeLock === "unsupported" ? "Thiết bị không cho giữ màn hình sáng: hãy để màn hình bật trong khi ghi." : ""}
              {live.droppedCount > 0 && ` Đã bỏ ${live.droppedCount} điểm GPS kém chính xác hoặc nhảy bất thường.`}
            </p>
          ) : (
            <p className="border-status" role="alert" data-testid="live-track-state">
              Có hành trình ghi dở từ {new Date(recording.startedAt).toLocaleString("vi-VN", { dateStyle: "short", timeStyle: "short" })}: tiếp tục ghi hoặc kết thúc để
              lưu nhật ký tuần tra.
            </p>
          )}
          {live.positionError && live.recordingHere && (
            <p className="error" role="alert">
              {live.positionError}
            </p>
          )}
          <div className="live-track-actions">
            {!live.recordingHere && (
              <button type="button" className="primary" onClick={() => void live.continueHere()}>
                Tiếp tục ghi
              </button>
            )}
            <button type="button" onClick={onFinish}>
              Kết thúc
            </button>
            <button
              type="button"
              onClick={() => {
                if (window.confirm("Bỏ hành trình đang ghi? Các điểm đã ghi sẽ bị xóa.")) void live.discard();
              }}
            >
              Bỏ hành trình
            </button>
          </div>
        </>
      )}
      {live.problem && (
        <p className="error" role="alert">
          {live.problem}
        </p>
      )}
    </section>
  );
}
