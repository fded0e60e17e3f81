// Photo limits speak of the record the photos belong to, and sizes read in
// Vietnamese notation in the unit that fits (a resized photo is "84,5 KB",
// not "0 MB").

import { describe, expect, it } from "vitest";
import { MAX_PHOTOS_PER_RECORD, MAX_PHOTO_INPUT_BYTES, photoInputProblem, storedPhotoProblem } from "../../src/domain/photo-rules";
import { formatBytes, formatMegabytes } from "../../src/domain/byte-sizes";

const photo = { name: "moc-490.jpg", type: "image/jpeg", size: 3_000_000 };

describe("photo rules", () => {
  it("a photo within the limits is accepted; too many, not an image or too large are refused in Vietnamese", () => {
    expect(photoInputProblem(photo, 0, "lượt kiểm tra")).toBeNull();
    expect(photoInputProblem(photo, MAX_PHOTOS_PER_RECORD, "lượt kiểm tra")).toBe(`Mỗi lượt kiểm tra đính kèm tối đa ${MAX_PHOTOS_PER_RECORD} ảnh; "moc-490.jpg" chưa được thêm.`);
    expect(photoInputProblem(photo, MAX_PHOTOS_PER_RECORD, "vụ việc")).toMatch(/^Mỗi vụ việc đính kèm tối đa/);
    expect(photoInputProblem({ ...photo, type: "application/pdf" }, 0, "vụ việc")).toBe('Tệp "moc-490.jpg" không phải ảnh (chỉ nhận JPEG, PNG, WebP…).');
    expect(photoInputProblem({ ...photo, size: MAX_PHOTO_INPUT_BYTES + 1 }, 0, "vụ việc")).toBe('Ảnh "moc-490.jpg" quá lớn (20 MB): chỉ nhận ảnh tối đa 20 MB.');
    expect(storedPhotoProblem("moc-490.jpg", 2.5 * 1024 * 1024)).toBe('Ảnh "moc-490.jpg" sau khi thu nhỏ vẫn quá lớn (2,5 MB); hãy chọn ảnh khác.');
  });

  it("sizes in vi-VN notation, in the unit that fits", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(86_528)).toBe("84,5 KB");
    expect(formatBytes(5.25 * 1024 * 1024)).toBe("5,3 MB");
    expect(formatBytes(3 * 1024 ** 3)).toBe("3 GB");
    expect(formatMegabytes(1_572_864)).toBe("1,5 MB");
  });
});
