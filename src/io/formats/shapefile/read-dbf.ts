// Reads a dBase III/IV table (.dbf) the way the Shapefile uses it: text
// fields are kept as raw bytes (their encoding — TCVN3, VNI, Windows-1258 or
// UTF-8 — is decided later for the whole layer), numbers, logicals and dates
// become JSON values. Deleted records ('*') are kept as null rows so record i
// still matches shape i.

export interface DbfField {
  name: string;
  type: string;
  length: number;
  decimals: number;
}

export interface DbfTable {
  fields: DbfField[];
  languageByte: number;
  /** One row per record: value per field, text as bytes (trailing spaces trimmed). */
  rows: Array<Array<Uint8Array | number | boolean | string | null> | null>;
}

const latin1 = new TextDecoder("latin1");

/** ASCII bytes as a string, without a TextDecoder call per cell (200,000 rows × fields). */
function ascii(bytes: Uint8Array): string {
  return String.fromCharCode.apply(null, bytes as unknown as number[]);
}

function trimmed(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0)) end--;
  let start = 0;
  while (start < end && bytes[start] === 0x20) start++;
  return bytes.subarray(start, end);
}

export function readDbf(bytes: Uint8Array): DbfTable {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const recordCount = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  const fields: DbfField[] = [];
  for (let at = 32; at + 32 <= headerLength && bytes[at] !== 0x0d; at += 32) {
    const nameBytes = bytes.subarray(at, at + 11);
    const nul = nameBytes.indexOf(0);
    fields.push({ name: latin1.decode(nul < 0 ? nameBytes : nameBytes.subarray(0, nul)).trim(), type: String.fromCharCode(bytes[at + 11]), length: bytes[at + 16], decimals: bytes[at + 17] });
  }
  const rows: DbfTable["rows"] = [];
  for (let record = 0; record < recordCount; record++) {
    const start = headerLength + record * recordLength;
    if (start + recordLength > bytes.length) break;
    if (bytes[start] === 0x2a) {
      rows.push(null);
      continue;
    }
    let at = start + 1;
    const row: Array<Uint8Array | number | boolean | string | null> = [];
    for (const field of fields) {
      const raw = trimmed(bytes.subarray(at, at + field.length));
      at += field.length;
      if (field.type === "C") row.push(raw);
      else if (field.type === "N" || field.type === "F") {
        const text = ascii(raw);
        row.push(text === "" || /^\*+$/.test(text) ? null : Number(text));
      } else if (field.type === "L") row.push(/^[YyTt]$/.test(latin1.decode(raw)) ? true : /^[NnFf]$/.test(latin1.decode(raw)) ? false : null);
      else if (field.type === "D") {
        const text = latin1.decode(raw);
        row.push(/^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : null);
      } else row.push(raw);
    }
    rows.push(row);
  }
  return { fields, languageByte: bytes[29], rows };
}
