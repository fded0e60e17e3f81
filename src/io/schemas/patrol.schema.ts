// Schema of a stored joint border patrol (domain/patrol-log.ts).

import * as v from "valibot";
import type { PatrolRecord } from "../../domain/patrol-log";
import { lineStringSchema, multiLineStringSchema } from "./geometry.schema";
import { finiteNumber, idListSchema, idSchema, isoDaySchema, isoTimeSchema, revisionsSchema, textSchema } from "./schema-primitives";

export const patrolSchema = v.object({
  id: idSchema,
  date: isoDaySchema,
  communeParticipants: textSchema,
  stationParticipants: textSchema,
  checkedMarkerIds: idListSchema,
  trackMatchedMarkerIds: idListSchema,
  findings: textSchema,
  track: v.nullable(v.variant("type", [lineStringSchema, multiLineStringSchema])),
  trackFileName: textSchema,
  toleranceMetres: v.pipe(finiteNumber, v.minValue(0), v.maxValue(100_000)),
  updatedAt: isoTimeSchema,
  revisions: revisionsSchema,
  updatedBy: v.optional(textSchema),
});

export const patrolOutputIsDomainType: (value: v.InferOutput<typeof patrolSchema>) => PatrolRecord = (value) => value;
