// Schema of a stored incident or hotspot record (domain/incident.ts): checked
// on records read at start (a failing one is quarantined, not rendered) and on
// records that will later come from the provincial server.

import * as v from "valibot";
import { classificationSchema } from "./classification.schema";
import type { IncidentRecord } from "../../domain/incident";
import { INCIDENT_STATUSES } from "../../domain/incident-lifecycle";
import { finiteNumber, idListSchema, idSchema, isoTimeSchema, listOf, textSchema } from "./schema-primitives";

const warningSchema = v.object({
  kind: v.picklist(["defence-land", "border-belt", "hotspot-proximity"]),
  message: textSchema,
});

export const incidentSchema = v.object({
  id: idSchema,
  kind: v.picklist(["incident", "hotspot"]),
  title: textSchema,
  category: textSchema,
  severity: textSchema,
  occurredAt: isoTimeSchema,
  description: textSchema,
  involved: textSchema,
  responsibleOfficer: textSchema,
  classification: classificationSchema,
  lon: v.pipe(finiteNumber, v.minValue(-180), v.maxValue(180)),
  lat: v.pipe(finiteNumber, v.minValue(-90), v.maxValue(90)),
  status: v.picklist(INCIDENT_STATUSES.map((status) => status.id)),
  villageId: v.nullable(textSchema),
  villageName: v.nullable(textSchema),
  communeName: v.nullable(textSchema),
  attachmentIds: idListSchema,
  warnings: listOf(warningSchema),
  createdAt: isoTimeSchema,
  createdBy: textSchema,
  updatedAt: isoTimeSchema,
  updatedBy: textSchema,
  version: v.pipe(finiteNumber, v.integer(), v.minValue(1)),
  deletedAt: v.nullable(isoTimeSchema),
});

export const incidentOutputIsDomainType: (value: v.InferOutput<typeof incidentSchema>) => IncidentRecord = (value) => value;
