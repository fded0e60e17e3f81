// "Nhập vào lớp…": which column of an incoming file fills which field of an
// operational layer. A guess is offered from the column names (folded:
// "Tên" / "ten" / "TEN_CHOT" → name; "quan_so" → strength …), the officer
// corrects it; each row is then checked by the layer's own attribute rules,
// so an imported feature is exactly as valid as one typed in the editor.

import type { Feature, Geometry } from "geojson";
import { LAYER_ATTRIBUTES, type AttributeField, type EditableLayerId } from "./layer-attributes";
import { validateAttributes, type AttributeFormValues } from "./layer-attribute-validation";
import { findLayerDefinition, type GeometryKind } from "./layer-catalog";
import { foldVietnamese } from "./incident-text-folding";

/** Target field key → source column (null: left empty). */
export type ColumnMapping = Record<string, string | null>;

/** Folded column names that commonly mean a field, beyond its key and label. */
const ALIASES: Record<string, readonly string[]> = {
  name: ["ten", "ten chot", "ten thon", "ten diem", "name", "ho ten"],
  strength: ["quan so", "so nguoi", "quanso"],
  radiusM: ["ban kinh", "ban kinh m", "radius"],
  commander: ["chi huy", "nguoi chi huy", "chi huy truong"],
  phone: ["dien thoai", "so dien thoai", "sdt", "dt"],
  number: ["so hieu", "so moc", "so hieu moc", "so"],
  parcelId: ["so thua", "thua", "ma thua"],
  population: ["dan so", "nhan khau", "so dan"],
  households: ["so ho", "ho"],
};

const folded = (text: string) => foldVietnamese(text).replace(/[^a-z0-9]+/g, " ").trim();

/** The columns of a collection: every property key that occurs, in first-seen order. */
export function columnsOf(features: readonly Feature[]): string[] {
  const seen = new Set<string>();
  for (const feature of features) for (const key of Object.keys(feature.properties ?? {})) seen.add(key);
  return [...seen];
}

function candidateNames(field: AttributeField): string[] {
  return [folded(field.key), folded(field.label.replace(/\(.*\)/, "")), ...(ALIASES[field.key] ?? [])];
}

/** The guessed mapping: a column whose folded name is the field's key, label or a known alias. */
export function guessMapping(layerId: EditableLayerId, columns: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of LAYER_ATTRIBUTES[layerId]) {
    if (field.kind === "computed") continue;
    const names = candidateNames(field);
    const column = columns.find((candidate) => !used.has(candidate) && names.includes(folded(candidate)));
    mapping[field.key] = column ?? null;
    if (column) used.add(column);
  }
  return mapping;
}

const ACCEPTED_GEOMETRY: Record<GeometryKind, readonly Geometry["type"][]> = {
  point: ["Point"],
  line: ["LineString", "MultiLineString"],
  polygon: ["Polygon", "MultiPolygon"],
};

const GEOMETRY_NAMES: Record<GeometryKind, string> = { point: "điểm", line: "đường", polygon: "vùng" };

/** A source value as the form would hold it; a list value may be given by its Vietnamese label. */
function formValue(field: AttributeField, value: unknown): string | boolean {
  if (field.kind === "yes-no") return value === true || ["co", "x", "1", "true", "yes"].includes(folded(String(value ?? "")));
  if (value === null || value === undefined) return "";
  const text = String(value).trim();
  if (field.kind === "choice") {
    const option = field.options.find((candidate) => folded(candidate.id) === folded(text) || folded(candidate.label) === folded(text));
    return option?.id ?? text;
  }
  if (field.kind === "number" && typeof value === "number") return String(value).replace(".", ",");
  return text;
}

export interface MappedRows {
  accepted: { row: number; geometry: Geometry; properties: Record<string, unknown> }[];
  /** Row numbers start at 1, as the officer counts them. */
  refused: { row: number; messages: string[] }[];
}

/** Applies the mapping to every row and checks it by the layer's rules. */
export function mapRows(layerId: EditableLayerId, features: readonly Feature[], mapping: ColumnMapping, today?: string): MappedRows {
  const definition = findLayerDefinition(layerId);
  const accepted: MappedRows["accepted"] = [];
  const refused: MappedRows["refused"] = [];
  features.forEach((feature, index) => {
    const messages: string[] = [];
    const kind = definition?.geometry ?? "point";
    if (!feature.geometry || !ACCEPTED_GEOMETRY[kind].includes(feature.geometry.type)) {
      messages.push(`hình học ${feature.geometry?.type ?? "trống"} không hợp với lớp (cần ${GEOMETRY_NAMES[kind]})`);
    }
    const values: AttributeFormValues = {};
    for (const field of LAYER_ATTRIBUTES[layerId]) {
      const column = mapping[field.key];
      if (field.kind !== "computed") values[field.key] = formValue(field, column ? feature.properties?.[column] : undefined);
    }
    const checked = validateAttributes(layerId, values, {}, today);
    messages.push(...checked.problems.map((problem) => problem.message));
    if (messages.length > 0) refused.push({ row: index + 1, messages });
    else accepted.push({ row: index + 1, geometry: feature.geometry, properties: checked.properties });
  });
  return { accepted, refused };
}
