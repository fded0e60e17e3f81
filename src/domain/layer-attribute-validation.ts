// Checking an attribute form (layer-attributes.ts) before anything is saved:
// required fields, whole/decimal numbers written the Vietnamese way ("1.900",
// "2,5"), ranges with their unit, values from the list, real dates not in the
// future. Every problem is a Vietnamese sentence naming the field. What passes
// becomes the feature's properties; keys the form does not know (an imported
// file's columns, the sample flags) are kept as they were.

import { LAYER_ATTRIBUTES, type AttributeField, type EditableLayerId, type NumberField } from "./layer-attributes";

/** What the form holds: text inputs give strings, check boxes booleans. */
export type AttributeFormValues = Record<string, string | boolean>;

export interface AttributeProblem {
  key: string;
  message: string;
}

export interface AttributeValidation {
  properties: Record<string, unknown>;
  problems: AttributeProblem[];
}

const formatNumber = (value: number) => value.toLocaleString("vi-VN");

/** "1.900" → 1900, "2,5" → 2.5, "1.234,5" → 1234.5, "12.5" → 12.5; null if not a number. */
export function parseVietnameseNumber(text: string): number | null {
  let cleaned = text.replace(/\s/g, "");
  if (cleaned === "") return null;
  if (cleaned.includes(",")) cleaned = cleaned.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(cleaned)) cleaned = cleaned.replace(/\./g, "");
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

function checkNumber(field: NumberField, text: string): number | string {
  const value = parseVietnameseNumber(text);
  const unit = field.unit ? ` ${field.unit}` : "";
  if (value === null) return `${field.label}: phải là một số${field.integer ? " nguyên" : ""}.`;
  if (field.integer && !Number.isInteger(value)) return `${field.label}: phải là số nguyên.`;
  if (field.min !== undefined && field.max !== undefined && (value < field.min || value > field.max)) {
    return `${field.label}: phải từ ${formatNumber(field.min)} đến ${formatNumber(field.max)}${unit}.`;
  }
  if (field.min !== undefined && value < field.min) return `${field.label}: không được nhỏ hơn ${formatNumber(field.min)}${unit}.`;
  if (field.max !== undefined && value > field.max) return `${field.label}: không được lớn hơn ${formatNumber(field.max)}${unit}.`;
  return value;
}

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The value to store for one field, or the Vietnamese problem; undefined = leave the key out. */
function checkField(field: AttributeField, raw: string | boolean | undefined, today: string): { value?: unknown; problem?: string } {
  if (field.kind === "computed") return {};
  if (field.kind === "yes-no") return { value: raw === true };
  const text = typeof raw === "string" ? raw.trim() : "";
  if (text === "") return field.required ? { problem: `${field.label}: bắt buộc nhập.` } : {};
  switch (field.kind) {
    case "text":
      if (field.maxLength !== undefined && text.length > field.maxLength) return { problem: `${field.label}: dài quá ${field.maxLength} ký tự.` };
      if (field.pattern && !field.pattern.regex.test(text)) return { problem: `${field.label}: không đúng dạng (${field.pattern.expected}).` };
      return { value: text };
    case "number": {
      const checked = checkNumber(field, text);
      return typeof checked === "string" ? { problem: checked } : { value: checked };
    }
    case "choice":
      if (!field.options.some((option) => option.id === text)) return { problem: `${field.label}: hãy chọn một giá trị trong danh sách.` };
      return { value: text };
    case "date":
      if (!isRealDate(text)) return { problem: `${field.label}: ngày không hợp lệ (năm-tháng-ngày).` };
      if (field.notInFuture && text > today) return { problem: `${field.label}: không được sau ngày hôm nay.` };
      return { value: text };
  }
}

/** Values the layer derives from others: a marker's name and map label from its number. */
function derived(layerId: EditableLayerId, properties: Record<string, unknown>): Record<string, unknown> {
  if (layerId === "border-marker" && typeof properties.number === "number") {
    const label = `Cột mốc ${properties.number}`;
    // A name the officer wrote stays; a name that only repeated the number follows it.
    const ownName = typeof properties.name === "string" && !/^Cột mốc \d+$/.test(properties.name);
    return ownName ? { label } : { label, name: label };
  }
  return {};
}

/**
 * Checks the form of `layerId`. `previous` are the feature's current properties: keys the
 * form does not declare are kept; declared keys left empty are removed.
 */
export function validateAttributes(
  layerId: EditableLayerId,
  values: AttributeFormValues,
  previous: Record<string, unknown> = {},
  today: string = new Date().toISOString().slice(0, 10),
): AttributeValidation {
  const properties: Record<string, unknown> = { ...previous };
  const problems: AttributeProblem[] = [];
  for (const field of LAYER_ATTRIBUTES[layerId]) {
    if (field.kind === "computed") continue;
    const { value, problem } = checkField(field, values[field.key], today);
    if (problem) problems.push({ key: field.key, message: problem });
    else if (value === undefined) delete properties[field.key];
    else properties[field.key] = value;
  }
  return { properties: { ...properties, ...derived(layerId, properties) }, problems };
}

/** The form's starting values from a feature's properties (numbers written the Vietnamese way). */
export function attributeFormValues(layerId: EditableLayerId, properties: Record<string, unknown>): AttributeFormValues {
  const values: AttributeFormValues = {};
  for (const field of LAYER_ATTRIBUTES[layerId]) {
    const value = properties[field.key];
    if (field.kind === "yes-no") values[field.key] = value === true;
    else if (field.kind === "number") values[field.key] = typeof value === "number" ? String(value).replace(".", ",") : "";
    else if (field.kind !== "computed") values[field.key] = value === undefined || value === null ? "" : String(value);
  }
  return values;
}
