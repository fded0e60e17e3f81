// Classification follows the data into packages: a package holding Mật data
// is encrypted (the zip holds a small clear manifest and ciphertext, nothing
// readable — checked with the system `unzip` and a byte search), opens with
// its passphrase into the same content, and a wrong passphrase (or a changed
// mark in the clear manifest) opens nothing and changes nothing. Tối mật
// layers and plans never go into a package, and the export says so.

import "fake-indexeddb/auto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { FeatureCollection } from "geojson";
import { newDrillPlan, type DrillPlan } from "../../src/domain/drill-plan";
import { convertExchangeFile } from "../../src/io/detect-format";
import { ENCRYPTED_PACKAGE_FORMAT, PAYLOAD_PATH, encryptPackage } from "../../src/io/package/encrypted-package";
import { classifyExport, leftOutMessage } from "../../src/io/package/export-classification";
import { MANIFEST_PATH, type ExchangeContent } from "../../src/io/package/package-manifest";
import { writeExchangePackage } from "../../src/io/package/write-package";
import { markCollection, markedTitle } from "../../src/io/classification-marks";
import { AppDatabase } from "../../src/store/database";
import { DrillExchangeStore } from "../../src/store/drills-border/drill-exchange.store";

const SECRET = "Phương án chốt chặn Ngàn Trươi 7Q4X";
const PASSPHRASE = "mat-khau-goi-2026";
const HEADER = { createdAt: "2026-11-23T08:00:00.000Z", createdBy: { name: "Nguyễn Văn A", unit: "Ban CHQS xã Vũ Quang" }, commune: "Xã Vũ Quang", note: "" };

function plan(id: string, name: string, classification?: DrillPlan["classification"]): DrillPlan {
  return { ...newDrillPlan(id, "2026-11-01T00:00:00.000Z", { name, type: "chien-dau-phong-thu-xa", date: "2026-12-01", hHour: "07:00" }), ...(classification ? { classification } : {}) };
}

const posts: FeatureCollection = {
  type: "FeatureCollection",
  features: [{ type: "Feature", id: "p1", properties: { id: "p1", name: SECRET }, geometry: { type: "Point", coordinates: [105.4, 18.3] } }],
};

function content(): ExchangeContent {
  return {
    layers: [
      { id: "militia-post", name: "Chốt dân quân", kind: "built-in", color: "#15803d", collection: posts, classification: "mat" },
      { id: "defence-land", name: "Đất quốc phòng", kind: "built-in", color: "#b45309", collection: posts, classification: "toi-mat" },
    ],
    drills: [plan("d1", `Diễn tập – ${SECRET}`, "mat"), plan("d2", "Kế hoạch A2", "toi-mat"), plan("d3", "Kế hoạch thường")],
    markerInspections: [],
    patrols: [],
    attachments: [],
  };
}

async function matPackage(): Promise<Uint8Array> {
  const classified = classifyExport(content());
  const clear = await writeExchangePackage(classified.content, { ...HEADER, classification: classified.classification });
  return encryptPackage(clear, PASSPHRASE, classified.classification);
}

const file = (bytes: Uint8Array, name = "goi-mat.zip") => new File([bytes as Uint8Array<ArrayBuffer>], name, { type: "application/zip" });

describe("Tối mật stays on the device", () => {
  test("layers and plans marked Tối mật are left out, the package's mark is the highest of what stays, and the export says so", () => {
    const { content: kept, classification, leftOut } = classifyExport(content());
    expect(kept.layers.map((layer) => layer.id)).toEqual(["militia-post"]);
    expect(kept.drills.map((drill) => drill.id)).toEqual(["d1", "d3"]);
    expect(classification).toBe("mat");
    expect(leftOutMessage(leftOut)).toBe("Lớp “Đất quốc phòng”, kế hoạch “Kế hoạch A2”: đối tượng Tối mật không được xuất khỏi thiết bị (đã bỏ ra).");
    expect(classifyExport({ ...content(), layers: [], drills: [plan("d3", "Kế hoạch thường")] }).classification).toBe("thuong");
  });

  test("GIS files carry the mark on every feature of a marked layer and in their title", () => {
    expect(markCollection(posts, "mat").features[0].properties).toMatchObject({ do_mat: "Mật", name: SECRET });
    expect(markCollection(posts, "thuong")).toBe(posts);
    expect(markedTitle("Xã Vũ Quang", "mat")).toBe("MẬT – Xã Vũ Quang");
  });
});

describe("a Mật package is encrypted", () => {
  test("the zip holds only the clear manifest and the ciphertext: unzip and a byte search find nothing readable", async () => {
    const bytes = await matPackage();
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).sort()).toEqual([MANIFEST_PATH, PAYLOAD_PATH]);
    const manifest = JSON.parse(strFromU8(entries[MANIFEST_PATH])) as Record<string, unknown>;
    expect(Object.keys(manifest).sort()).toEqual(["cipher", "classification", "format", "kdf", "payload", "version"]);
    expect(manifest).toMatchObject({ format: ENCRYPTED_PACKAGE_FORMAT, classification: "mat", kdf: { name: "PBKDF2", hash: "SHA-256", iterations: 600_000 }, cipher: { name: "AES-GCM" } });

    const directory = mkdtempSync(join(tmpdir(), "goi-mat-"));
    const path = join(directory, "goi-mat.zip");
    writeFileSync(path, bytes);
    // What a person with the file and the system tools would read (`unzip` may be missing: Python's zipfile then).
    let extracted: Buffer;
    try {
      extracted = execFileSync("unzip", ["-p", path]);
    } catch {
      execFileSync("python3", ["-m", "zipfile", "-e", path, join(directory, "x")]);
      extracted = Buffer.concat([MANIFEST_PATH, PAYLOAD_PATH].map((name) => readFileSync(join(directory, "x", name))));
    }
    expect(extracted.length).toBeGreaterThan(500);
    for (const needle of [SECRET, "Ngàn Trươi", "7Q4X", "Chốt dân quân", "militia-post", "Nguyễn Văn A", "Vũ Quang"]) {
      expect(extracted.includes(Buffer.from(needle, "utf8")), needle).toBe(false);
      expect(readFileSync(path).includes(Buffer.from(needle, "utf8")), needle).toBe(false);
    }
    // The test can fail: the same search finds the secret in the clear package.
    const clear = await writeExchangePackage(classifyExport(content()).content, HEADER);
    expect(Buffer.from(unzipSync(clear)["records/drills.json"]).includes(Buffer.from(SECRET, "utf8"))).toBe(true);
  });

  test("it asks for the passphrase, opens with the right one into the same content", async () => {
    const bytes = await matPackage();
    expect(await convertExchangeFile(file(bytes))).toEqual({ kind: "passphrase-needed", message: null });
    const opened = await convertExchangeFile(file(bytes), "goi-mat.zip", PASSPHRASE);
    if (opened.kind !== "package" || !opened.read.ok) throw new Error(`not opened: ${JSON.stringify(opened)}`);
    expect(opened.read.manifest.classification).toBe("mat");
    expect(opened.read.content.layers.map((layer) => [layer.id, layer.classification])).toEqual([["militia-post", "mat"]]);
    expect(opened.read.content.drills.map((drill) => drill.name)).toEqual([`Diễn tập – ${SECRET}`, "Kế hoạch thường"]);
  });

  test("a wrong passphrase says so in Vietnamese and changes nothing; the right one then imports", async () => {
    const database = new AppDatabase(`classified-${crypto.randomUUID()}`);
    const store = new DrillExchangeStore(database);
    const added: string[] = [];
    // As the import route does: only an opened, verified package is merged.
    const importWith = async (passphrase: string) => {
      const answer = await convertExchangeFile(file(bytes), "goi-mat.zip", passphrase);
      if (answer.kind === "package" && answer.read.ok) {
        await store.apply(answer.read.content, { builtInLayers: new Map(), importedLayers: [], sourceFileName: "goi-mat.zip", addLayer: async (layer) => void added.push(`${layer.name}:${layer.classification}`) });
      }
      return answer;
    };
    const bytes = await matPackage();
    try {
      const wrong = await importWith("khong-dung-mat-khau");
      expect(wrong).toEqual({ kind: "passphrase-needed", message: expect.stringContaining("Mật khẩu gói không đúng") });
      expect((wrong as { message: string }).message).toContain("Chưa có dữ liệu nào được thay đổi.");
      expect(await database.table("drills").count()).toBe(0);
      expect(added).toEqual([]);
      await importWith(PASSPHRASE);
      expect(await database.table("drills").count()).toBe(2);
      expect(added).toEqual(["Chốt dân quân:mat"]);
    } finally {
      await database.delete();
    }
  });

  test("changing the mark in the clear manifest breaks the package; a hostile iteration count is refused before any derivation", async () => {
    const entries = unzipSync(await matPackage());
    const manifest = JSON.parse(strFromU8(entries[MANIFEST_PATH])) as { classification: string; kdf: { iterations: number } };
    const relabelled = zipSync({ [MANIFEST_PATH]: strToU8(JSON.stringify({ ...manifest, classification: "thuong" })), [PAYLOAD_PATH]: entries[PAYLOAD_PATH] });
    expect(await convertExchangeFile(file(relabelled), "goi.zip", PASSPHRASE)).toMatchObject({ kind: "passphrase-needed", message: expect.stringContaining("không đúng") });
    const slow = zipSync({ [MANIFEST_PATH]: strToU8(JSON.stringify({ ...manifest, kdf: { ...manifest.kdf, iterations: 1e12 } })), [PAYLOAD_PATH]: entries[PAYLOAD_PATH] });
    expect(await convertExchangeFile(file(slow), "goi.zip", PASSPHRASE)).toMatchObject({ kind: "refused", message: expect.stringContaining("số vòng tạo khóa") });
  });
});

