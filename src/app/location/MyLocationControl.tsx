// "Vị trí của tôi": a map button (large enough for a thumb) that shows the
// device's position with its accuracy circle and follows it. First press:
// show and follow; the user pans → still shown, no longer followed, and a
// press follows again; a press while following hides it and stops the GPS.

import { useCallback, useState } from "react";
import { formatMetres } from "../../geo/geodesy/compass";
import { useMapController } from "../workspace";
import { useDevicePosition } from "./device-position";
import { usePositionOverlay } from "./use-position-overlay";
import "./location.css";

type Mode = "off" | "following" | "shown";

export function MyLocationControl() {
  const controller = useMapController();
  const [mode, setMode] = useState<Mode>("off");
  const { fix, error } = useDevicePosition(mode !== "off");
  const stopFollowing = useCallback(() => setMode((current) => (current === "following" ? "shown" : current)), []);
  usePositionOverlay(controller, mode === "off" ? null : fix, mode === "following", stopFollowing);

  const label = mode === "following" ? "Vị trí của tôi (đang theo dõi, bấm để tắt)" : "Vị trí của tôi";
  return (
    <div className="my-location">
      <button
        type="button"
        className={`my-location-button my-location-${mode}`}
        aria-label={label}
        aria-pressed={mode !== "off"}
        title={label}
        onClick={() => setMode((current) => (current === "following" ? "off" : "following"))}
      >
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
          <circle cx="12" cy="12" r="4" fill="currentColor" />
          <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12 1v4M12 19v4M1 12h4M19 12h4" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      {mode !== "off" && (
        <p className={`my-location-status${error ? " error" : ""}`} role={error ? "alert" : "status"} data-testid="my-location-status">
          {error ??
            (fix
              ? `${fix.lat.toFixed(6)}, ${fix.lon.toFixed(6)} · sai số ${formatMetres(fix.accuracyMetres)}${mode === "following" ? " · đang theo dõi" : ""}`
              : "Đang tìm vị trí…")}
        </p>
      )}
    </div>
  );
}
