// A worker of the record-opening pool (record-opening-pool.ts): holds the
// page's data key — a non-extractable CryptoKey, structured-cloned, usable
// but never readable — and opens a slice of a bulk read (sealed-batch.ts).
// It touches no database.

import { expose, transfer } from "comlink";
import { openSealedBatch, type OpenedBatch } from "./sealed-batch";

let dataKey: CryptoKey | null = null;

const api = {
  useKey(key: CryptoKey): void {
    dataKey = key;
  },
  /** `packed` holds the sealed records back to back; record i is bytes offsets[i]…offsets[i + 1]. */
  async open(tableName: string, packed: ArrayBuffer, offsets: Uint32Array): Promise<OpenedBatch> {
    if (!dataKey) throw new Error("Luồng giải mã chưa nhận khóa dữ liệu.");
    const sealed = Array.from({ length: offsets.length - 1 }, (_, i) => new Uint8Array(packed, offsets[i], offsets[i + 1] - offsets[i]));
    const batch = await openSealedBatch(dataKey, tableName, sealed);
    return transfer(batch, [batch.json.buffer, batch.inJson.buffer, ...batch.tagged]);
  },
};

export type RecordOpeningWorkerApi = typeof api;

expose(api);
