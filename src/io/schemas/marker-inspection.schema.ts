// Schema of a stored border-marker inspection (domain/border-marker-register.ts).

import * as v from "valibot";
import { MARKER_CONDITIONS, type MarkerInspection } from "../../domain/border-marker-register";
import { devicePositionSchema } from "./photo-capture.schema";
import { idListSchema, idSchema, isoDaySchema, isoTimeSchema, revisionsSchema, textSchema } from "./schema-primitives";

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
  position: v.optional(devicePositionSchema),
  updatedAt: isoTimeSchema,
  revisions: revisionsSchema,
  updatedBy: v.optional(textSchema),
});

export const markerInspectionOutputIsDomainType: (value: v.InferOutput<typeof markerInspectionSchema>) => MarkerInspection = (value) => value;
