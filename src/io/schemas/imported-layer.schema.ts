// Schema of a stored imported-layer record (store/database.ts
// ImportedLayerRecord): the layer list, not its features (those are checked
// by the GeoJSON validation when they enter). io may not import store, so
// the check that this matches ImportedLayerRecord sits with the start-up
// quarantine (app/workspace/record-quarantine.ts), which sees both.

import * as v from "valibot";
import { finiteNumber, idSchema, isoTimeSchema, textSchema } from "./schema-primitives";
import { classificationSchema } from "./classification.schema";

export const importedLayerSchema = v.object({
  id: idSchema,
  name: textSchema,
  color: v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/)),
  opacity: v.pipe(finiteNumber, v.minValue(0), v.maxValue(1)),
  visible: v.boolean(),
  featureCount: v.pipe(finiteNumber, v.integer(), v.minValue(0)),
  sourceFileName: textSchema,
  bbox: v.optional(v.tuple([finiteNumber, finiteNumber, finiteNumber, finiteNumber])),
  vectorTiles: v.optional(v.object({ maxZoom: finiteNumber, tileCount: finiteNumber, bytes: finiteNumber })),
  order: finiteNumber,
  classification: classificationSchema,
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
