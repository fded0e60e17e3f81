// Resizes photos (of incidents, of marker inspections) off the main thread (decoding a 12-megapixel
// picture takes hundreds of milliseconds): longest side to 1,600 px, JPEG.
// Exposed with Comlink.

import { expose } from "comlink";
import { PHOTO_MAX_SIDE_PX } from "../domain/photo-rules";

export interface ResizedPhoto {
  blob: Blob;
  width: number;
  height: number;
}

async function resizePhoto(file: Blob, maxSide: number = PHOTO_MAX_SIDE_PX): Promise<ResizedPhoto> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("OffscreenCanvas 2D không khả dụng");
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await canvas.convertToBlob({ type: "image/jpeg", quality: 0.82 });
  return { blob, width, height };
}

const api = { resizePhoto };

export type PhotoResizeWorkerApi = typeof api;

expose(api);
