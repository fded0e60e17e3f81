// Schema of an exchange package's manifest.json (io/package/package-manifest.ts).
// The format and version are checked first by read-package (so a future
// version gets its own message); this checks everything else. A missing
// `createdBy` or `note` is not worth refusing a package over: they become
// "Không ghi tên" / "", so the import report never reads an absent field.

import * as v from "valibot";
import { PACKAGE_FORMAT, type PackageManifest } from "../package/package-manifest";
import { finiteNumber, idSchema, isoTimeSchema, listOf, textSchema } from "./schema-primitives";
import { photoCaptureSchema } from "./photo-capture.schema";
import { classificationSchema } from "./classification.schema";

const pathSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(500));
const countSchema = v.pipe(finiteNumber, v.integer(), v.minValue(0));

export const UNNAMED_AUTHOR = "Không ghi tên";

export const packageManifestSchema = v.object({
  format: v.literal(PACKAGE_FORMAT),
  version: v.pipe(finiteNumber, v.integer(), v.minValue(1)),
  createdAt: isoTimeSchema,
  createdBy: v.optional(v.object({ name: v.optional(textSchema, UNNAMED_AUTHOR), unit: v.optional(textSchema, "") }), { name: UNNAMED_AUTHOR, unit: "" }),
  commune: v.optional(textSchema, ""),
  note: v.optional(textSchema, ""),
  classification: classificationSchema,
  layers: listOf(
    v.object({
      id: idSchema,
      name: textSchema,
      kind: v.picklist(["built-in", "imported"]),
      color: v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/)),
      path: pathSchema,
      featureCount: countSchema,
      classification: classificationSchema,
    }),
  ),
  records: listOf(v.object({ kind: v.picklist(["drills", "markerInspections", "patrols"]), path: pathSchema, count: countSchema })),
  attachments: listOf(
    v.object({
      id: idSchema,
      ownerId: idSchema,
      fileName: textSchema,
      mimeType: v.pipe(v.string(), v.maxLength(200)),
      capture: v.optional(photoCaptureSchema),
      updatedAt: isoTimeSchema,
      path: pathSchema,
    }),
  ),
  files: listOf(v.object({ path: pathSchema, bytes: countSchema, sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)) })),
});

export const packageManifestOutputIsDomainType: (value: v.InferOutput<typeof packageManifestSchema>) => PackageManifest = (value) => value;
