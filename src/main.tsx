// Entry: styles, then the map (MapLibre only — usable on its own), then the
// React shell as a separate chunk. Nothing here may import React or a panel
// statically: that would put them back into the first download.
import "maplibre-gl/dist/maplibre-gl.css";
import "@fontsource/noto-sans/vietnamese-400.css";
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/vietnamese-700.css";
import "@fontsource/noto-sans/latin-700.css";
import "./app/shell/app.css";
import "./app/shell/screen-layouts.css";
import { startMapBeforeReact } from "./app/shell/map-first-start";

const root = document.getElementById("root");
if (!root) throw new Error("Thiếu phần tử #root trong index.html");
startMapBeforeReact();
import("./app/shell/start-app")
  .then(({ startApp }) => startApp(root))
  .catch(() => {
    root.textContent = "Không tải được bảng điều khiển. Hãy tải lại trang.";
  });
