// Choose the phase the map shows (or all of them), and replay the phases in
// order; a live status tells which phase is on screen.

import { hHourLabel } from "../../domain/drill-phases";
import type { DrillPhase } from "../../domain/drill-plan";

interface Props {
  phases: DrillPhase[];
  shownPhaseId: string | null;
  playing: boolean;
  onShow: (phaseId: string | null) => void;
  onPlay: () => void;
  onStop: () => void;
}

export function DrillReplayControls({ phases, shownPhaseId, playing, onShow, onPlay, onStop }: Props) {
  const index = phases.findIndex((phase) => phase.id === shownPhaseId);
  const shown = index >= 0 ? phases[index] : null;
  return (
    <section aria-labelledby="drill-replay-title" className="drill-replay">
      <h3 id="drill-replay-title">Diễn biến theo giai đoạn</h3>
      <div className="drill-row">
        <label>
          Giai đoạn hiển thị
          <select value={shownPhaseId ?? ""} onChange={(event) => onShow(event.target.value || null)} disabled={playing}>
            <option value="">Tất cả giai đoạn</option>
            {phases.map((phase) => (
              <option key={phase.id} value={phase.id}>
                {hHourLabel(phase.offsetMinutes)} – {phase.name}
              </option>
            ))}
          </select>
        </label>
        {playing ? (
          <button type="button" onClick={onStop}>
            Dừng
          </button>
        ) : (
          <button type="button" onClick={onPlay} disabled={phases.length === 0}>
            Phát lại
          </button>
        )}
      </div>
      <p role="status" className="drill-replay-status" data-testid="drill-replay-status">
        {shown
          ? `${playing ? "Đang phát lại" : "Đang hiển thị"}: giai đoạn ${index + 1}/${phases.length} – ${hHourLabel(shown.offsetMinutes)} ${shown.name}`
          : "Đang hiển thị tất cả giai đoạn"}
      </p>
    </section>
  );
}
