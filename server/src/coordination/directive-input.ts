// Checks a directive ("chỉ đạo") the province sends: a GeoJSON Feature with
// an optional area (Polygon / MultiPolygon or null), a title, a text, a
// deadline and the communes it is addressed to.

import { badRequest, unprocessable } from "../http/problem";
import { isUuid } from "../ogc/item-query";

export interface DirectiveInput {
  id: string | null;
  geometry: string | null;
  title: string;
  text: string;
  deadline: string | null;
  communeCodes: string[];
}

export const ACKNOWLEDGEMENT_STATES = ["da-nhan", "da-thuc-hien"] as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export function parseDirective(body: unknown): DirectiveInput {
  if (!isObject(body) || body.type !== "Feature" || !isObject(body.properties)) throw badRequest("Chỉ đạo phải là một GeoJSON Feature có properties.");
  if (body.id !== undefined && (typeof body.id !== "string" || !isUuid(body.id))) throw unprocessable("Mã chỉ đạo (id) phải là UUID.");
  const geometry = body.geometry ?? null;
  if (geometry !== null && (!isObject(geometry) || !["Polygon", "MultiPolygon"].includes(String(geometry.type)))) {
    throw unprocessable("Khu vực của chỉ đạo phải là vùng (Polygon/MultiPolygon) hoặc để trống.");
  }
  const { title, text, deadline, communeCodes } = body.properties;
  if (typeof title !== "string" || title.trim() === "" || title.length > 300) throw unprocessable("Chỉ đạo cần tiêu đề (tối đa 300 ký tự).");
  if (text !== undefined && typeof text !== "string") throw unprocessable("Nội dung chỉ đạo phải là văn bản.");
  if (deadline !== undefined && deadline !== null && (typeof deadline !== "string" || Number.isNaN(Date.parse(deadline)))) {
    throw unprocessable("Thời hạn phải là thời điểm ISO 8601.");
  }
  if (!Array.isArray(communeCodes) || communeCodes.length === 0 || communeCodes.some((code) => typeof code !== "string" || !/^\d{5}$/.test(code))) {
    throw unprocessable("Chỉ đạo cần danh sách mã xã nhận (communeCodes, mã 5 chữ số).");
  }
  return {
    id: typeof body.id === "string" ? body.id.toLowerCase() : null,
    geometry: geometry === null ? null : JSON.stringify(geometry),
    title: title.trim(),
    text: text ?? "",
    deadline: (deadline as string | null | undefined) ?? null,
    communeCodes: [...new Set(communeCodes as string[])].sort(),
  };
}
