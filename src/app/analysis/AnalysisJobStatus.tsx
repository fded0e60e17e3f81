// Progress, cancel and messages of one analysis run: a progress bar with the
// current stage while the worker runs, "Hủy" to stop it, and a Vietnamese
// alert when the input cannot be analysed.

import type { JobState } from "./use-analysis-job";

export function AnalysisJobStatus<T>({ state, title, onCancel }: { state: JobState<T>; title: string; onCancel: () => void }) {
  if (state.status === "running") {
    const percent = Math.round(state.fraction * 100);
    return (
      <div className="analysis-progress" role="status">
        <progress max={100} value={percent} aria-label={`Tiến độ – ${title}`} />
        <span>
          {state.stage}… {percent}%
        </span>
        <button type="button" onClick={onCancel}>
          Hủy
        </button>
      </div>
    );
  }
  if (state.status === "failed") {
    return (
      <p className="error" role="alert">
        {state.message}
      </p>
    );
  }
  if (state.status === "cancelled") return <p className="analysis-note">Đã hủy phép tính.</p>;
  return null;
}

export function AnalysisWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="analysis-warnings" aria-label="Lưu ý">
      {warnings.map((warning, index) => (
        <li key={index}>{warning}</li>
      ))}
    </ul>
  );
}
