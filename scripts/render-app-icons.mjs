// Renders the app's PNG icons (web manifest, iOS home screen) from the SVG
// emblem in public/favicon.svg with the local Chromium, so no image tool or
// online service is needed: `node scripts/render-app-icons.mjs`. The PNGs are
// committed; rerun this only when the emblem changes.
//  - icon-192.png, icon-512.png: "any" — the emblem on transparent ground;
//  - icon-maskable-512.png: "maskable" — full-bleed theme colour, the emblem
//    inside the central 80 % safe zone that every launcher mask keeps;
//  - apple-touch-icon-180.png: iOS — opaque white ground (iOS rounds it).

import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const emblem = readFileSync("public/favicon.svg", "utf8");
const ICONS = [
  { file: "icon-192.png", size: 192, background: "transparent", emblemShare: 0.94 },
  { file: "icon-512.png", size: 512, background: "transparent", emblemShare: 0.94 },
  { file: "icon-maskable-512.png", size: 512, background: "#1d4ed8", emblemShare: 0.6 },
  { file: "apple-touch-icon-180.png", size: 180, background: "#ffffff", emblemShare: 0.78 },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const side = Math.round(icon.size * icon.emblemShare);
    await page.setContent(
      `<html><body style="margin:0;width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:${icon.background}">` +
        emblem.replace("<svg ", `<svg width="${side}" height="${side}" `) +
        "</body></html>",
    );
    await page.screenshot({ path: `public/icons/${icon.file}`, omitBackground: icon.background === "transparent" });
    await page.close();
    console.log(`public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
