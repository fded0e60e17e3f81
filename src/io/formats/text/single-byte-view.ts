// Undoing a Latin-1 reading of single-byte Vietnamese text, shared by the
// decoders and the encoding detection.

/** The text of valid UTF-8 bytes, or null. */
export function utf8Text(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The bytes a single-byte reading should look at. Text that reached us as
 * valid UTF-8 made only of U+0000–U+00FF is what a program produced by reading
 * TCVN3/VNI bytes as Latin-1 ("Th«n H­¬ng Minh", e.g. a DXF read as ANSI):
 * its Latin-1 bytes are the original ones.
 */
export function singleByteView(bytes: Uint8Array): Uint8Array {
  const text = utf8Text(bytes);
  if (text === null || text.length === bytes.length || [...text].some((char) => char.charCodeAt(0) > 0xff)) return bytes;
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}
