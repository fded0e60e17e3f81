// Two ways to add photos in the field: "Chụp ảnh" opens the phone's camera
// (capture="environment", the back camera) and "Chọn ảnh" the gallery or
// files. Pressing "Chụp ảnh" watches the GPS until the photo comes back (at
// most two minutes), so the photo can be stamped with a fresh position.

import { useEffect, useRef } from "react";
import { watchDevicePosition } from "./device-position";

const CAMERA_GPS_MS = 120_000;

interface Props {
  /** Accessible name of the gallery input (kept from the form's earlier single input). */
  chooseLabel: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}

export function PhotoSourceButtons({ chooseLabel, multiple = true, onFiles }: Props) {
  const stopWatching = useRef<(() => void) | null>(null);
  useEffect(() => () => stopWatching.current?.(), []);

  function watchWhileCameraOpen() {
    stopWatching.current?.();
    const stop = watchDevicePosition();
    const timer = window.setTimeout(stop, CAMERA_GPS_MS);
    stopWatching.current = () => {
      window.clearTimeout(timer);
      stop();
    };
  }

  function take(input: HTMLInputElement) {
    const files = Array.from(input.files ?? []);
    input.value = "";
    if (files.length > 0) onFiles(files);
    // Stamped when read (photoCapture): the watch can stop a moment later.
    window.setTimeout(() => stopWatching.current?.(), 5_000);
  }

  return (
    <div className="photo-capture">
      <label className="file-button">
        Chụp ảnh
        {/* On the input, not the label: a label click reaches it once, and so does the keyboard. */}
        <input aria-label="Chụp ảnh" type="file" accept="image/*" capture="environment" onClick={watchWhileCameraOpen} onChange={(event) => take(event.target)} />
      </label>
      <label className="file-button">
        Chọn ảnh
        <input aria-label={chooseLabel} type="file" accept="image/*" multiple={multiple} onChange={(event) => take(event.target)} />
      </label>
    </div>
  );
}
