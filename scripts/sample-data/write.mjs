// Serialisation: one feature per line so diffs stay readable, and a stable
// key order (type, id, properties, geometry) so output is byte-identical.
import fs from "node:fs";
import path from "node:path";

function orderFeature(f) {
  const out = { type: "Feature" };
  if (f.id !== undefined) out.id = f.id;
  out.properties = f.properties ?? {};
  out.geometry = f.geometry;
  return out;
}

/** FeatureCollection text: header line, one feature per line, trailing newline. */
export function formatFeatureCollection(features) {
  if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  const lines = features.map((f) => JSON.stringify(orderFeature(f)));
  return `{"type":"FeatureCollection","features":[\n${lines.join(",\n")}\n]}\n`;
}

/** Write every { relativePath: text } entry under `root`, creating folders. */
export function writeFiles(root, files) {
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}
