// Schema of a stored drill plan (domain/drill-plan.ts), checked on every plan
// that comes from outside (exchange packages) and on stored plans at start
// (quarantine). The output type is checked against DrillPlan below, so the
// schema and the domain type cannot drift apart silently.

import * as v from "valibot";
import { classificationSchema } from "./classification.schema";
import { DRILL_ELEMENT_KINDS, DRILL_TYPES, FORCE_KINDS, type DrillPlan } from "../../domain/drill-plan";
import { lineStringSchema, pointSchema, polygonSchema } from "./geometry.schema";
import { finiteNumber, idListSchema, idSchema, isoDaySchema, isoTimeSchema, listOf, revisionsSchema, textSchema } from "./schema-primitives";

const clockTime = v.union([v.pipe(v.string(), v.isoTime()), v.literal("")]);

const forceSchema = v.object({
  id: idSchema,
  name: textSchema,
  kind: v.picklist(FORCE_KINDS.map((kind) => kind.id)),
  strength: v.pipe(finiteNumber, v.integer(), v.minValue(0)),
  speedKmh: v.pipe(finiteNumber, v.minValue(0), v.maxValue(1_000)),
});

const checklistItemSchema = v.object({ id: idSchema, who: textSchema, what: textSchema, done: v.boolean() });

const phaseSchema = v.object({
  id: idSchema,
  name: textSchema,
  offsetMinutes: v.pipe(finiteNumber, v.integer()),
  checklist: listOf(checklistItemSchema),
  actualStart: clockTime,
  reviewNotes: textSchema,
});

const elementSchema = v.object({
  id: idSchema,
  kind: v.picklist(DRILL_ELEMENT_KINDS.map((kind) => kind.id)),
  name: textSchema,
  phaseId: textSchema,
  forceIds: idListSchema,
  geometry: v.variant("type", [pointSchema, lineStringSchema, polygonSchema]),
  capacity: v.optional(v.pipe(finiteNumber, v.minValue(0))),
});

export const drillPlanSchema = v.object({
  id: idSchema,
  name: textSchema,
  type: v.picklist(DRILL_TYPES.map((type) => type.id)),
  date: isoDaySchema,
  hHour: clockTime,
  forces: listOf(forceSchema),
  phases: listOf(phaseSchema),
  elements: listOf(elementSchema),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
  revisions: revisionsSchema,
  updatedBy: v.optional(textSchema),
  classification: classificationSchema,
});

// Compile-time guard: a valid plan is a DrillPlan.
export const drillPlanOutputIsDomainType: (value: v.InferOutput<typeof drillPlanSchema>) => DrillPlan = (value) => value;
