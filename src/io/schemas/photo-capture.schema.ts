// Schemas of a device position (lon/lat with its GPS accuracy) and of a
// photo's capture stamp (domain/photo-capture.ts), shared by the stored
// inspection schema and the exchange package manifest.

import * as v from "valibot";
import type { PhotoCapture } from "../../domain/photo-capture";
import { finiteNumber, isoTimeSchema } from "./schema-primitives";

export const devicePositionSchema = v.object({
  lon: v.pipe(finiteNumber, v.minValue(-180), v.maxValue(180)),
  lat: v.pipe(finiteNumber, v.minValue(-90), v.maxValue(90)),
  accuracyMetres: v.pipe(finiteNumber, v.minValue(0)),
});

export const photoCaptureSchema = v.object({
  capturedAt: isoTimeSchema,
  position: v.nullable(devicePositionSchema),
});

export const photoCaptureOutputIsDomainType: (value: v.InferOutput<typeof photoCaptureSchema>) => PhotoCapture = (value) => value;
