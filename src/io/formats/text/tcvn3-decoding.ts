// Decodes TCVN3 (ABC) bytes with the table in tcvn3-decoding-table.ts; the
// combining tone marks of 0xB0–0xB4 attach to the letter before them (NFC).

import { TCVN3_TO_UNICODE } from "./tcvn3-decoding-table";

export function decodeTcvn3(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += TCVN3_TO_UNICODE[byte];
  return text.normalize("NFC");
}
