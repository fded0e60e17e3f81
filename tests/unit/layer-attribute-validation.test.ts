// The attribute forms of the operational layers: required fields, numbers in
// Vietnamese notation with ranges and units, lists of values, dates — each
// problem a Vietnamese sentence naming the field; keys the form does not
// declare survive; a marker's label follows its number; every layer's form
// accepts the sample's own features unchanged.

import { describe, expect, test } from "vitest";
import { attributeFormValues, parseVietnameseNumber, validateAttributes } from "../../src/domain/layer-attribute-validation";
import { LAYER_ATTRIBUTES, type EditableLayerId } from "../../src/domain/layer-attributes";
import { sampleFeatures } from "./analysis-test-helpers";

const TODAY = "2026-12-01";
const messages = (result: ReturnType<typeof validateAttributes>) => result.problems.map((problem) => problem.message);

describe("parseVietnameseNumber", () => {
  test.each([
    ["1.900", 1900],
    ["2,5", 2.5],
    ["1.234,5", 1234.5],
    ["12.5", 12.5],
    [" 11 ", 11],
    ["-3", -3],
  ])("%s → %d", (text, expected) => expect(parseVietnameseNumber(text)).toBe(expected));
  test.each(["", "abc", "1,2,3", "12a", "1..2"])("%s is not a number", (text) => expect(parseVietnameseNumber(text)).toBeNull());
});

describe("validateAttributes", () => {
  test("a militia post: name, unit and strength required, strength a whole number of people in range", () => {
    expect(messages(validateAttributes("militia-post", {}, {}, TODAY))).toEqual(["Tên chốt: bắt buộc nhập.", "Đơn vị: bắt buộc nhập.", "Quân số: bắt buộc nhập."]);
    const bad = validateAttributes("militia-post", { name: "Chốt A", unit: "Tiểu đội 1", strength: "2,5", radiusM: "30", phone: "12345" }, {}, TODAY);
    expect(messages(bad)).toEqual([
      "Quân số: phải là số nguyên.",
      "Bán kính phụ trách: phải từ 50 đến 20.000 m.",
      "Số điện thoại: không đúng dạng (số điện thoại Việt Nam, ví dụ 0912 345 678).",
    ]);
    const good = validateAttributes("militia-post", { name: " Chốt A ", unit: "Tiểu đội 1", strength: "12", radiusM: "1.500", commander: "Nguyễn Văn A", phone: "0912 345 678" }, {}, TODAY);
    expect(good.problems).toEqual([]);
    expect(good.properties).toEqual({ name: "Chốt A", unit: "Tiểu đội 1", strength: 12, radiusM: 1500, commander: "Nguyễn Văn A", phone: "0912 345 678" });
  });

  test("a border marker: type and condition from the list, inspection date real and not in the future, label from the number", () => {
    const bad = validateAttributes("border-marker", { number: "487", markerType: "to", condition: "tot", lastInspected: "2026-02-30" }, {}, TODAY);
    expect(messages(bad)).toEqual(["Loại mốc: hãy chọn một giá trị trong danh sách.", "Ngày kiểm tra gần nhất: ngày không hợp lệ (năm-tháng-ngày)."]);
    expect(messages(validateAttributes("border-marker", { number: "487", markerType: "chinh", condition: "tot", lastInspected: "2027-01-01" }, {}, TODAY))).toEqual([
      "Ngày kiểm tra gần nhất: không được sau ngày hôm nay.",
    ]);
    const good = validateAttributes("border-marker", { number: "487", markerType: "phu", condition: "mat", lastInspected: "2026-11-30" }, {}, TODAY);
    expect(good.problems).toEqual([]);
    expect(good.properties).toMatchObject({ number: 487, markerType: "phu", label: "Cột mốc 487", name: "Cột mốc 487" });
  });

  test("unknown keys are kept, emptied optional fields are removed, the computed area is never taken from the form", () => {
    const previous = { name: "Đất A", parcelId: "QP-1", managingUnit: "Ban CHQS", status: "dang-su-dung", purpose: "Kho", sample: true, ten_cu: "x", areaHa: 5.6 };
    const result = validateAttributes("defence-land", { ...attributeFormValues("defence-land", previous), purpose: "", areaHa: "999" }, previous, TODAY);
    expect(result.problems).toEqual([]);
    expect(result.properties).toEqual({ name: "Đất A", parcelId: "QP-1", managingUnit: "Ban CHQS", status: "dang-su-dung", sample: true, ten_cu: "x", areaHa: 5.6 });
  });

  test("every sample feature passes its layer's form unchanged (the forms fit the data the app ships)", () => {
    for (const layerId of Object.keys(LAYER_ATTRIBUTES) as EditableLayerId[]) {
      for (const feature of sampleFeatures(layerId)) {
        const properties = feature.properties ?? {};
        const result = validateAttributes(layerId, attributeFormValues(layerId, properties), properties, TODAY);
        expect(result.problems, `${layerId} ${String(properties.id)}`).toEqual([]);
        for (const field of LAYER_ATTRIBUTES[layerId]) if (field.key in properties && field.kind !== "computed") expect(result.properties[field.key]).toEqual(properties[field.key]);
      }
    }
  });
});
