// Captures the map as an image for printing. MapLibre draws into a WebGL
// canvas whose buffer is not preserved (preserveDrawingBuffer is false by
// default in maplibre-gl 6, for speed), so the pixels are copied inside the
// "render" event right after a repaint, while the frame is still in the
// buffer. The view is made north-up first (the grid and north arrow assume
// it) and rendered at twice the device resolution for a sharper print.

import type { Viewport } from "../../geo/print/print-viewport";
import type { MapController } from "../map-controller";

export interface MapCapture {
  image: HTMLCanvasElement;
  /** The view in CSS pixels; image pixels = CSS pixels × pixelRatio. */
  view: Viewport;
  pixelRatio: number;
}

const PRINT_PIXEL_RATIO = 2;

function waitForIdle(controller: MapController): Promise<void> {
  const { map } = controller;
  return new Promise((resolve) => {
    if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) resolve();
    else map.once("idle", () => resolve());
  });
}

export async function captureMap(controller: MapController): Promise<MapCapture> {
  await controller.whenLoaded();
  const { map } = controller;
  if (map.getBearing() !== 0 || map.getPitch() !== 0) map.jumpTo({ bearing: 0, pitch: 0 });
  const previousRatio = map.getPixelRatio();
  const pixelRatio = Math.max(previousRatio, PRINT_PIXEL_RATIO);
  map.setPixelRatio(pixelRatio);
  try {
    await waitForIdle(controller);
    const image = await new Promise<HTMLCanvasElement>((resolve) => {
      map.once("render", () => {
        const source = map.getCanvas();
        const copy = document.createElement("canvas");
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext("2d")?.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
    const center = map.getCenter();
    const container = map.getContainer();
    return {
      image,
      pixelRatio: image.width / container.clientWidth,
      view: { centerLon: center.lng, centerLat: center.lat, zoom: map.getZoom(), width: container.clientWidth, height: container.clientHeight },
    };
  } finally {
    map.setPixelRatio(previousRatio);
  }
}
