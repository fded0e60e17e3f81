// "Nhật ký tuần tra": record a joint patrol — date, participants from the
// commune and the border station, markers checked, findings — with its track,
// recorded live on the device ("Ghi hành trình") or imported from a GPX file:
// markers it passed within the tolerance are ticked automatically (and can
// still be ticked or unticked by hand).

import { useState, type FormEvent } from "react";
import { DEFAULT_TRACK_TOLERANCE_METRES, type PatrolRecord } from "../../domain/patrol-log";
import { usePatrolTrack } from "./use-border-patrol-track";
import { LiveTrackRecorder } from "./LiveTrackRecorder";
import { useLiveTrackRecording } from "./use-live-track-recording";
import { localToday, type BorderRegister } from "./use-border-register";

export function PatrolLogForm({ register }: { register: BorderRegister }) {
  const [date, setDate] = useState(localToday());
  const [communeParticipants, setCommuneParticipants] = useState("");
  const [stationParticipants, setStationParticipants] = useState("");
  const [findings, setFindings] = useState("");
  const [tolerance, setTolerance] = useState(DEFAULT_TRACK_TOLERANCE_METRES);
  const [checked, setChecked] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const track = usePatrolTrack(register.register, tolerance);
  const live = useLiveTrackRecording(register.register, tolerance);
  const liveMatchedIds = live.matches.map((match) => match.markerId);
  const matchedIds = [...new Set([...track.matches.map((match) => match.markerId), ...liveMatchedIds])];

  // A new track (or tolerance) ticks what it matched, keeping the hand-ticked ones.
  // Adjusted during render, not in an effect, so the ticks appear with the
  // track's summary rather than one frame later.
  const matchedKey = matchedIds.join(",");
  const [tickedForKey, setTickedForKey] = useState("");
  if (matchedKey !== tickedForKey) {
    setTickedForKey(matchedKey);
    if (matchedIds.length > 0) setChecked((current) => [...new Set([...current, ...matchedIds])]);
  }

  function patrolDetails(trackMatched: readonly string[]) {
    return {
      date,
      communeParticipants: communeParticipants.trim(),
      stationParticipants: stationParticipants.trim(),
      checkedMarkerIds: checked,
      trackMatchedMarkerIds: trackMatched.filter((id) => checked.includes(id)),
      findings: findings.trim(),
      toleranceMetres: tolerance,
    };
  }

  function afterSave() {
    setStatus(`Đã lưu nhật ký tuần tra ngày ${new Date(`${date}T00:00:00`).toLocaleDateString("vi-VN")} (${checked.length} cột mốc đã kiểm tra).`);
    setChecked([]);
    setFindings("");
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await register.addPatrol({
      ...patrolDetails(track.matches.map((match) => match.markerId)),
      track: track.loaded?.track ?? null,
      trackFileName: track.loaded?.fileName ?? "",
    });
    if (saved) afterSave();
  }

  async function finishLive() {
    if (await live.finish(patrolDetails(liveMatchedIds))) afterSave();
  }

  return (
    <section aria-labelledby="patrol-title">
      <h3 id="patrol-title">Nhật ký tuần tra</h3>
      <form className="border-form" onSubmit={(event) => void submit(event)} aria-label="Ghi nhật ký tuần tra">
        <div className="drill-row">
          <label>
            Ngày tuần tra
            <input type="date" value={date} onChange={(event) => setDate(event.target.value)} required />
          </label>
          <label>
            Phạm vi khớp (m)
            <input type="number" min={5} max={2000} value={tolerance} onChange={(event) => setTolerance(Number(event.target.value) || DEFAULT_TRACK_TOLERANCE_METRES)} />
          </label>
        </div>
        <label>
          Thành phần phía xã
          <input value={communeParticipants} onChange={(event) => setCommuneParticipants(event.target.value)} placeholder="Dân quân, công an xã…" />
        </label>
        <label>
          Thành phần Đồn Biên phòng
          <input value={stationParticipants} onChange={(event) => setStationParticipants(event.target.value)} placeholder="Cán bộ Đồn Biên phòng…" />
        </label>
        <LiveTrackRecorder live={live} onFinish={() => void finishLive()} />
        <label>
          Tệp GPX hành trình tuần tra
          <input
            type="file"
            accept=".gpx,application/gpx+xml"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void track.load(file);
            }}
          />
        </label>
        {track.error && (
          <p className="border-status failed" role="alert">
            {track.error}
          </p>
        )}
        {track.loaded && (
          <p className="border-status" role="status" data-testid="patrol-track-status">
            Hành trình “{track.loaded.fileName}” ({track.loaded.pointCount.toLocaleString("vi-VN")} điểm) đi qua {track.matches.length} cột mốc trong phạm vi {tolerance} m
            {track.matches.length > 0 &&
              `: ${track.matches
                .map((match) => register.register.find((entry) => entry.id === match.markerId)?.number)
                // By marker number, as the register lists them (the layer's row order is not the order along the border).
                .sort((a, b) => (a ?? 0) - (b ?? 0))
                .join(", ")}`}.
          </p>
        )}
        <fieldset className="drill-forces-pick">
          <legend>Cột mốc đã kiểm tra</legend>
          <ul className="border-checklist">
            {register.register.map((entry) => {
              const match = [...track.matches, ...live.matches].find((candidate) => candidate.markerId === entry.id);
              return (
                <li key={entry.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={checked.includes(entry.id)}
                      onChange={() => setChecked((current) => (current.includes(entry.id) ? current.filter((id) => id !== entry.id) : [...current, entry.id]))}
                    />
                    {entry.label}
                    {match && <span className="muted"> (theo GPS, cách {match.distanceMetres} m)</span>}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <label>
          Kết quả, tình hình phát hiện
          <textarea value={findings} onChange={(event) => setFindings(event.target.value)} />
        </label>
        <div className="drill-actions">
          <button type="submit">Lưu nhật ký tuần tra</button>
        </div>
        {status && (
          <p role="status" className="muted">
            {status}
          </p>
        )}
      </form>
      <PatrolList register={register} onShowTrack={track.show} />
    </section>
  );
}

function PatrolList({ register, onShowTrack }: { register: BorderRegister; onShowTrack: ReturnType<typeof usePatrolTrack>["show"] }) {
  if (register.patrols.length === 0) return null;
  return (
    <ul className="drill-list" aria-label="Các lần tuần tra đã ghi">
      {register.patrols.map((patrol) => (
        <li key={patrol.id}>
          <span>
            <strong>{new Date(`${patrol.date}T00:00:00`).toLocaleDateString("vi-VN")}</strong> · {patrol.checkedMarkerIds.length} mốc
            {patrol.trackMatchedMarkerIds.length > 0 && ` (${patrol.trackMatchedMarkerIds.length} theo GPS)`}
            <br />
            {[patrol.communeParticipants, patrol.stationParticipants].filter(Boolean).join(" · ")}
            {patrol.findings && <div className="muted">{patrol.findings}</div>}
          </span>
          {patrol.track && (
            <button type="button" onClick={() => onShowTrack({ fileName: patrol.trackFileName, track: patrol.track!, pointCount: pointsOf(patrol.track!) })}>
              Xem hành trình
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

function pointsOf(track: NonNullable<PatrolRecord["track"]>): number {
  return track.type === "LineString" ? track.coordinates.length : track.coordinates.reduce((sum, line) => sum + line.length, 0);
}
