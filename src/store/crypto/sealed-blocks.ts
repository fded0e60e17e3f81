// Records sealed in blocks: for a large table (incidents — 100,000 at a
// province-sized commune), one AES-GCM message per record means 100,000
// WebCrypto calls to open the table at start, on Chromium's one crypto
// thread. Packed records (sealed-block-packing.ts) share a block instead: the
// block is ONE sealed message holding up to BLOCK_SIZE records, stored in the
// `sealedBlocks` table, and each packed row keeps its primary key and indexed
// properties in the clear plus `_block: [block id, slot, block size]`.
//
// Writes never touch a block: a saved record is sealed on its own again (its
// row loses `_block`) and the block's copy in that slot is simply no longer
// referenced; a deleted record's copy likewise. The packer later repacks
// sparse blocks and deletes blocks no row points at.
//
// A block is sealed under the table name + "#khối" as additional data (a
// block can never be opened as a single record, nor in another table), and a
// slot is only accepted when the record in it has the row's own primary key,
// so pointing a row at another record's slot fails instead of reading the
// wrong incident.

import { openSealedRecord, sealRecord } from "./record-sealing";

export const SEALED_BLOCKS_TABLE = "sealedBlocks";
export const BLOCK_FIELD = "_block";
/** Records per block: one decrypt opens 128 incidents; one record read decrypts ≈ 50 KB. */
export const BLOCK_SIZE = 128;

/** [block id, slot in the block, number of records the block was sealed with]. */
export type BlockReference = [blockId: string, slot: number, size: number];

export interface SealedBlockRow {
  id: string;
  /** The packed records as one sealed message (record-sealing.ts layout). */
  _sealed: ArrayBuffer;
}

export function blockReferenceOf(value: unknown): BlockReference | null {
  if (typeof value !== "object" || value === null) return null;
  const reference = (value as Record<string, unknown>)[BLOCK_FIELD];
  return Array.isArray(reference) && reference.length === 3 && typeof reference[0] === "string" && typeof reference[1] === "number" ? (reference as BlockReference) : null;
}

const blockAad = (tableName: string) => `${tableName}#khối`;

export async function sealBlock(key: CryptoKey, tableName: string, records: readonly unknown[]): Promise<SealedBlockRow> {
  return { id: crypto.randomUUID(), _sealed: await sealRecord(key, blockAad(tableName), records) };
}

export async function openBlock(key: CryptoKey, tableName: string, row: SealedBlockRow): Promise<unknown[]> {
  const records = await openSealedRecord(key, blockAad(tableName), row._sealed);
  if (!Array.isArray(records)) throw new SealedBlockError(tableName, row.id);
  return records;
}

/** A block a row points at is missing, unreadable, or holds another record in the row's slot. */
export class SealedBlockError extends Error {
  constructor(tableName: string, blockId: string) {
    super(`Dữ liệu mã hóa của bảng “${tableName}” không khớp (khối ${blockId.slice(0, 8)}): hồ sơ trình duyệt có thể đã bị sửa hoặc hỏng. Không có bản ghi nào bị ghi đè.`);
    this.name = "SealedBlockError";
  }
}

/** The record in the referenced slot; throws when there is none or it is not the row's own (`keyOf` reads a record's primary key). */
export function recordFromBlock(tableName: string, reference: BlockReference, block: unknown[] | undefined, keyOf: (record: unknown) => unknown, rowKey: unknown): unknown {
  const record = block?.[reference[1]];
  if (record === undefined || keyOf(record) !== rowKey) throw new SealedBlockError(tableName, reference[0]);
  return record;
}
