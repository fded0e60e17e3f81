// A TAK data package ("mission package" v2, what ATAK/WinTAK import from a
// .zip): each event in <uid>/<uid>.cot and MANIFEST/manifest.xml listing them.
// Reading accepts such a package and returns the .cot texts inside.

import { strFromU8, strToU8, zipSync, type Zippable } from "fflate";
import { escapeXml } from "../kml/parse-xml";
import { eventXml, type CotEvent } from "./write-cot";

export const TAK_MANIFEST_PATH = "MANIFEST/manifest.xml";

function safeEntryName(uid: string): string {
  return uid.replace(/[^A-Za-z0-9._-]/g, "_");
}

export function writeCotDataPackage(name: string, events: readonly CotEvent[], packageUid: string): Uint8Array {
  const files: Zippable = {};
  const contents: string[] = [];
  for (const event of events) {
    const entry = `${safeEntryName(event.uid)}/${safeEntryName(event.uid)}.cot`;
    files[entry] = strToU8(eventXml(event));
    contents.push(`<Content ignore="false" zipEntry="${escapeXml(entry)}"><Parameter name="uid" value="${escapeXml(event.uid)}"/></Content>`);
  }
  files[TAK_MANIFEST_PATH] = strToU8(
    `<MissionPackageManifest version="2"><Configuration><Parameter name="uid" value="${escapeXml(packageUid)}"/><Parameter name="name" value="${escapeXml(name)}"/></Configuration><Contents>${contents.join("")}</Contents></MissionPackageManifest>`,
  );
  return zipSync(files, { level: 6 });
}

/** The .cot texts inside a TAK data package, or null when the zip is not one. */
export function readCotDataPackage(entries: Record<string, Uint8Array>): string[] | null {
  if (!(TAK_MANIFEST_PATH in entries)) return null;
  return Object.keys(entries)
    .filter((path) => path.toLowerCase().endsWith(".cot"))
    .sort()
    .map((path) => strFromU8(entries[path]));
}
