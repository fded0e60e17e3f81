// `npm run bundle-size` (after `vite build`): prints the gzip size of the
// JavaScript a phone downloads before the map is usable — the entry chunk and
// its static imports, read from Vite's build manifest — then of the shell
// (React, the panels' frame, Dexie) that follows it, and the biggest
// lazy chunks. Exits with 1 when the first figure is over the budget.

import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const DIST = process.argv[2] ?? "dist";
const BUDGET_KB = 300;
const manifest = JSON.parse(readFileSync(`${DIST}/.vite/manifest.json`, "utf8"));

const gzipKb = (file) => gzipSync(readFileSync(`${DIST}/${file}`), { level: 9 }).length / 1024;

/** The chunk files a manifest entry loads statically (itself and its imports, transitively). */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(imported, seen);
  return seen;
}

function report(title, keys) {
  const files = [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith(".js"));
  const total = files.reduce((sum, file) => sum + gzipKb(file), 0);
  console.log(`${title}: ${total.toFixed(1)} KB gzip`);
  for (const file of files) console.log(`  ${file.padEnd(56)} ${gzipKb(file).toFixed(1).padStart(7)} KB`);
  return total;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith("index.html"));
if (!entryKey) throw new Error("no index.html entry in the build manifest: run `vite build` first");
const beforeMap = staticClosure(entryKey);
const firstLoad = report("JavaScript before the map is usable (entry + static imports)", beforeMap);

const shellKey = (manifest[entryKey].dynamicImports ?? []).find((key) => key.includes("start-app"));
if (shellKey) {
  const shell = new Set([...staticClosure(shellKey)].filter((key) => !beforeMap.has(key)));
  const shellTotal = report("then the shell that draws the commune's layers (React, side panel, Dexie)", shell);
  console.log(`together: ${(firstLoad + shellTotal).toFixed(1)} KB gzip`);
}

const lazy = Object.values(manifest)
  .filter((chunk) => chunk.file.endsWith(".js"))
  .map((chunk) => [chunk.file, gzipKb(chunk.file)])
  .sort((a, b) => b[1] - a[1])
  .slice(0, 8);
console.log("largest chunks overall:");
for (const [file, size] of lazy) console.log(`  ${file.padEnd(56)} ${size.toFixed(1).padStart(7)} KB`);

if (firstLoad > BUDGET_KB) {
  console.error(`over the ${BUDGET_KB} KB budget`);
  process.exitCode = 1;
}
