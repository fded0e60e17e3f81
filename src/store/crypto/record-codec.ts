// Turns a stored record (any value IndexedDB accepts from this app: plain
// objects, arrays, strings, numbers, booleans, null, Date, Blob, ArrayBuffer
// and typed arrays) into bytes for sealing, and back. JSON carries the shape;
// binary parts (photo blobs, vector tiles, layer blobs) are appended raw
// after it instead of being base64-inflated, so a 150 MB layer blob costs one
// copy, not four. Encoding is async only because a Blob's bytes are read
// asynchronously.
//
// Layout: [u32 JSON length][JSON (UTF-8)][binary part 0][binary part 1]…
// A binary part is referenced from the JSON as {"\u0000bin": index, …} with its
// byte offset and length; dates as {"\u0000date": iso}.

const TAG_BINARY = "\u0000bin";
const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder();
const TAG_DATE = "\u0000date";

type BinaryKind = "blob" | "arraybuffer" | TypedArrayName;
type TypedArrayName = "Uint8Array" | "Int8Array" | "Uint16Array" | "Int16Array" | "Uint32Array" | "Int32Array" | "Float32Array" | "Float64Array" | "Uint8ClampedArray";

interface BinaryReference {
  [TAG_BINARY]: number;
  kind: BinaryKind;
  offset: number;
  length: number;
  type?: string;
}

const TYPED_ARRAYS: Record<TypedArrayName, new (buffer: ArrayBuffer) => ArrayBufferView> = {
  Uint8Array,
  Int8Array,
  Uint16Array,
  Int16Array,
  Uint32Array,
  Int32Array,
  Float32Array,
  Float64Array,
  Uint8ClampedArray,
};

interface PendingPart {
  reference: BinaryReference;
  bytes: Uint8Array | Blob;
}

function typedArrayName(value: ArrayBufferView): TypedArrayName | null {
  const name = value.constructor.name as TypedArrayName;
  return name in TYPED_ARRAYS ? name : null;
}

/** The JSON of `value`, its binary parts gathered (referenced from the JSON, bytes not read yet). */
function stringifyRecord(value: unknown): { json: string; parts: PendingPart[]; binaryLength: number } {
  const parts: PendingPart[] = [];
  let offset = 0;
  const addPart = (bytes: Uint8Array | Blob, kind: BinaryKind, type?: string): BinaryReference => {
    const length = bytes instanceof Blob ? bytes.size : bytes.byteLength;
    const reference: BinaryReference = { [TAG_BINARY]: parts.length, kind, offset, length, ...(type !== undefined ? { type } : {}) };
    parts.push({ reference, bytes });
    offset += length;
    return reference;
  };
  const json = JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, current: unknown) {
    // `current` is already toJSON()-ed for dates: look at the original on the holder.
    const original = this[key];
    if (original instanceof Date) return { [TAG_DATE]: original.toISOString() };
    if (original instanceof Blob) return addPart(original, "blob", original.type);
    if (original instanceof ArrayBuffer) return addPart(new Uint8Array(original), "arraybuffer");
    if (ArrayBuffer.isView(original)) {
      const name = typedArrayName(original);
      if (name) return addPart(new Uint8Array(original.buffer, original.byteOffset, original.byteLength), name);
    }
    return current;
  });
  return { json: json ?? "null", parts, binaryLength: offset };
}

function assemble(json: string, binaryLength: number): { output: Uint8Array; binaryStart: number } {
  const jsonBytes = textEncoder.encode(json);
  const output = new Uint8Array(4 + jsonBytes.byteLength + binaryLength);
  new DataView(output.buffer).setUint32(0, jsonBytes.byteLength);
  output.set(jsonBytes, 4);
  return { output, binaryStart: 4 + jsonBytes.byteLength };
}

/** Encodes `value`; binary parts are gathered while JSON walks the value, their bytes read afterwards. */
export async function encodeRecord(value: unknown): Promise<Uint8Array> {
  const { json, parts, binaryLength } = stringifyRecord(value);
  const { output, binaryStart } = assemble(json, binaryLength);
  for (const part of parts) {
    const bytes = part.bytes instanceof Blob ? new Uint8Array(await part.bytes.arrayBuffer()) : part.bytes;
    output.set(bytes, binaryStart + part.reference.offset);
  }
  return output;
}

/**
 * The encoding of a value without binary parts, at once, with its JSON (which identifies it);
 * null when it has some (a Blob's bytes can only be read asynchronously).
 */
export function encodePlainRecord(value: unknown): { json: string; bytes: Uint8Array } | null {
  const { json, parts } = stringifyRecord(value);
  return parts.length > 0 ? null : { json, bytes: assemble(json, 0).output };
}

/** The value `encodeRecord` was given (a Date as a Date, a Blob as a Blob of the same type). */
export function decodeRecord(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(0);
  const json = textDecoder.decode(bytes.subarray(4, 4 + jsonLength));
  // Most records (incidents) hold no tagged part: parse without a reviver, several times faster.
  if (!json.includes("\\u0000")) return JSON.parse(json);
  const binaryStart = bytes.byteOffset + 4 + jsonLength;
  return JSON.parse(json, (_key, current: unknown) => {
    if (current === null || typeof current !== "object") return current;
    const tagged = current as Record<string, unknown>;
    if (typeof tagged[TAG_DATE] === "string") return new Date(tagged[TAG_DATE]);
    if (typeof tagged[TAG_BINARY] !== "number") return current;
    const reference = tagged as unknown as BinaryReference;
    const start = binaryStart + reference.offset;
    // A copy, so the decoded value never aliases the (larger) plaintext buffer.
    const copy = bytes.buffer.slice(start, start + reference.length) as ArrayBuffer;
    if (reference.kind === "blob") return new Blob([copy], { type: reference.type ?? "" });
    if (reference.kind === "arraybuffer") return copy;
    return new TYPED_ARRAYS[reference.kind](copy);
  });
}
