// Cursor-on-Target: an ATAK spot marker reads as a point; exported markers and
// posts follow the event schema and come back identical; TAK data packages
// carry several events with a manifest.

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { DOMParser } from "@xmldom/xmldom";
import { readCot } from "../../src/io/cot/read-cot";
import { cotEventsFor, eventXml } from "../../src/io/cot/write-cot";
import { TAK_MANIFEST_PATH, readCotDataPackage, writeCotDataPackage } from "../../src/io/cot/cot-data-package";
import { sampleLayerFromDisk } from "./border-test-helpers";

const NOW = new Date("2026-11-23T08:00:00.000Z");

describe("CoT import", () => {
  test("an ATAK spot marker becomes a point with its callsign, type and remarks", () => {
    const result = readCot([readFileSync("tests/fixtures/cot/atak-spot-marker.cot", "utf8")], "atak.cot");
    if (!result.ok) throw new Error(result.message);
    expect(result.collection.features).toHaveLength(1);
    expect(result.collection.features[0]).toMatchObject({
      geometry: { type: "Point", coordinates: [105.299, 18.2537, 598.7] },
      properties: { name: "Dấu vết vượt biên", cotType: "b-m-p-s-m", cotUid: "9405e320-9356-41c4-8449-f46990aa17f8", remarks: "Phát hiện dấu chân mới gần mốc 485", how: "h-g-i-g-o" },
    });
  });

  test("events without a point or uid are refused, naming the event", () => {
    const result = readCot(['<event version="2.0" uid="x" type="a-f-G"><detail/></event>'], "bad.cot");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("sự kiện thứ 1 (uid x)");
  });
});

describe("CoT export", () => {
  test("each marker is an event 2.0 with uid, type, how, ISO times, point and callsign", () => {
    const events = cotEventsFor("border-marker", "Cột mốc biên giới", sampleLayerFromDisk("border-marker"), NOW);
    expect(events).toHaveLength(14);
    const document = new DOMParser().parseFromString(eventXml(events[0]), "text/xml");
    const event = document.documentElement!;
    expect(event.localName).toBe("event");
    expect(event.getAttribute("version")).toBe("2.0");
    expect(event.getAttribute("uid")).toBe("vn-qpan-border-marker-border-marker-484");
    expect(event.getAttribute("type")).toBe("b-m-p-s-m");
    expect(event.getAttribute("how")).toBe("h-g-i-g-o");
    expect(event.getAttribute("time")).toBe("2026-11-23T08:00:00.000Z");
    expect(event.getAttribute("start")).toBe("2026-11-23T08:00:00.000Z");
    expect(Date.parse(event.getAttribute("stale")!)).toBeGreaterThan(NOW.getTime());
    const point = event.getElementsByTagName("point")[0];
    expect([point.getAttribute("lat"), point.getAttribute("lon"), point.getAttribute("hae"), point.getAttribute("ce"), point.getAttribute("le")]).toEqual(["18.259182", "105.258946", "9999999", "9999999", "9999999"]);
    expect(event.getElementsByTagName("contact")[0].getAttribute("callsign")).toBe("Cột mốc 484");
    expect(event.getElementsByTagName("remarks")[0].textContent).toContain("Cột mốc biên giới");
  });

  test("militia posts are friendly ground units; a data package round-trips every event", () => {
    const posts = sampleLayerFromDisk("militia-post");
    const events = cotEventsFor("militia-post", "Chốt dân quân", posts, NOW);
    expect(events.every((event) => event.type === "a-f-G-U-C")).toBe(true);
    const zip = writeCotDataPackage("Chốt dân quân", events, "package-1");
    const entries = unzipSync(zip);
    expect(strFromU8(entries[TAK_MANIFEST_PATH])).toContain('<MissionPackageManifest version="2">');
    const texts = readCotDataPackage(entries);
    expect(texts).toHaveLength(posts.features.length);
    const back = readCot(texts!, "package.zip");
    if (!back.ok) throw new Error(back.message);
    const byUid = new Map(back.collection.features.map((feature) => [feature.properties?.cotUid, feature]));
    for (const [index, event] of events.entries()) {
      const feature = byUid.get(event.uid);
      expect(feature?.geometry).toEqual(posts.features[index].geometry);
      expect(feature?.properties?.name).toBe(posts.features[index].properties?.name);
      expect(feature?.properties?.cotType).toBe("a-f-G-U-C");
    }
  });
});
