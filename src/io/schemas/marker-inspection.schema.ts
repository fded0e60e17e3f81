// Schema of a stored border-marker inspection (domain/border-marker-register.ts).

import * as v from "valibot";
import { MARKER_CONDITIONS, type MarkerInspection } from "../../domain/border-marker-register";
import { finiteNumber, idListSchema, idSchema, isoDaySchema, isoTimeSchema, revisionsSchema, textSchema } from "./schema-primitives";

export const markerInspectionSchema = v.object({
  id: idSchema,
  markerId: idSchema,
  date: isoDaySchema,
  inspector: textSchema,
  condition: v.picklist(MARKER_CONDITIONS.map((condition) => condition.id)),
  responsibleTeam: textSchema,
  notes: textSchema,
  photoIds: idListSchema,
  patrolId: v.optional(idSchema),
  position: v.optional(
    v.object({
      lon: v.pipe(finiteNumber, v.minValue(-180), v.maxValue(180)),
      lat: v.pipe(finiteNumber, v.minValue(-90), v.maxValue(90)),
      accuracyMetres: v.pipe(finiteNumber, v.minValue(0)),
    }),
  ),
  updatedAt: isoTimeSchema,
  revisions: revisionsSchema,
});

export const markerInspectionOutputIsDomainType: (value: v.InferOutput<typeof markerInspectionSchema>) => MarkerInspection = (value) => value;
