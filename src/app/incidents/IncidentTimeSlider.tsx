// "Diễn biến": a time slider over the last N days. Moving it (or pressing
// play) shows the records from the window's start up to the chosen day, on
// the list and the map alike, so the officer sees where things built up.

import { useEffect, useState } from "react";

const DAY_MS = 86_400_000;
const WINDOWS = [7, 30, 90, 365];
const STEP_MS = 700;

interface Props {
  onRange: (from: number | null, to: number | null) => void;
}

function startOfToday(): number {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

export function IncidentTimeSlider({ onRange }: Props) {
  const [days, setDays] = useState(30);
  const [offset, setOffset] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const start = startOfToday() - (days - 1) * DAY_MS;

  useEffect(() => {
    if (offset === null) return;
    onRange(start, start + (offset + 1) * DAY_MS - 1);
    // onRange is a stable state setter wrapper; start follows days.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [offset, start]);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setOffset((current) => {
        const next = (current ?? -1) + 1;
        if (next >= days - 1) setPlaying(false);
        return Math.min(next, days - 1);
      });
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [playing, days]);

  function stop() {
    setPlaying(false);
    setOffset(null);
    onRange(null, null);
  }

  const shownDay = offset === null ? null : new Date(start + offset * DAY_MS).toLocaleDateString("vi-VN");
  return (
    <div className="incident-time-slider">
      <label>
        Diễn biến trong
        <select aria-label="Diễn biến trong" value={days} onChange={(event) => { setDays(Number(event.target.value)); setOffset(null); setPlaying(false); }}>
          {WINDOWS.map((window) => (
            <option key={window} value={window}>{window} ngày qua</option>
          ))}
        </select>
      </label>
      <label>
        Đến ngày {shownDay ?? "(tắt)"}
        <input aria-label="Đến ngày" type="range" min={0} max={days - 1} value={offset ?? days - 1} onChange={(event) => setOffset(Number(event.target.value))} />
      </label>
      <div className="incident-time-actions">
        <button type="button" onClick={() => { setOffset(playing ? offset : 0); setPlaying(!playing); }}>
          {playing ? "Tạm dừng" : "Phát diễn biến"}
        </button>
        <button type="button" onClick={stop} disabled={offset === null}>
          Tắt lọc thời gian
        </button>
      </div>
    </div>
  );
}
