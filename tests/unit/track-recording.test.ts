// A patrol track recorded live: which GPS fixes are kept (accuracy, repeats,
// impossible jumps, standing still), the ellipsoidal distance across
// segments, the elapsed time as shown, and the recording written point by
// point in IndexedDB (fake-indexeddb) — reopened after a "reload", continued
// in a new segment, and finished as a patrol in one step.

import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { TrackFix, TrackPointRecord } from "../../src/domain/track-recording";
import { geodesicDistance } from "../../src/geo/geodesy/geodesic-distance";
import { TrackFixFilter, judgeFix } from "../../src/geo/tracks/track-fix-filter";
import { formatDuration, trackGeometry, trackLengthMetres } from "../../src/geo/tracks/track-metrics";
import { AppDatabase } from "../../src/store/database";
import { PatrolRepository } from "../../src/store/drills-border/patrol.repository";
import { TrackRecordingRepository } from "../../src/store/drills-border/track-recording.repository";

// About 111 m of latitude per 0.001° here (Vũ Quang, 18.25° N).
const fix = (lat: number, time: number, accuracyMetres = 8, lon = 105.3): TrackFix => Object.freeze({ lon, lat, accuracyMetres, time });

describe("which fixes a live track keeps", () => {
  test("the first fix is kept when accurate enough, refused when not", () => {
    expect(judgeFix(fix(18.25, 0), null)).toEqual({ keep: true });
    expect(judgeFix(fix(18.25, 0, 31), null)).toEqual({ keep: false, reason: "inaccurate" });
    expect(judgeFix(fix(18.25, 0, Number.NaN), null)).toEqual({ keep: false, reason: "inaccurate" });
  });

  test("a walk is kept; a repeat, a jump and standing still are dropped", () => {
    const start = fix(18.25, 0);
    expect(judgeFix(fix(18.2501, 5_000), start), "11 m in 5 s").toEqual({ keep: true });
    expect(judgeFix(fix(18.2501, 0), start), "same time").toEqual({ keep: false, reason: "stale" });
    expect(judgeFix(fix(18.26, 5_000), start), "1.1 km in 5 s").toEqual({ keep: false, reason: "jump" });
    expect(judgeFix(fix(18.26, 60_000), start), "1.1 km in a minute (motorbike)").toEqual({ keep: true });
    expect(judgeFix(fix(18.25001, 5_000), start), "1 m").toEqual({ keep: false, reason: "stationary" });
  });

  test("a jump is judged net of both accuracy radii", () => {
    // 250 m in 5 s is 50 m/s, but with 25 m + 25 m uncertainty at least 200 m → 40 m/s: possible.
    const start = fix(18.25, 0, 25);
    const lat = 18.25 + 250 / 110_700;
    expect(judgeFix(fix(lat, 5_000, 25), start)).toEqual({ keep: true });
    expect(judgeFix(fix(lat, 5_000, 5), fix(18.25, 0, 5))).toEqual({ keep: false, reason: "jump" });
  });


  test("three agreeing fixes far from the last kept one are taken as the new place; a lone spike is not", () => {
    const filter = new TrackFixFilter(fix(18.25, 0));
    expect(filter.offer(fix(18.27, 1_000)), "spike 2.2 km away").toEqual({ keep: false, reason: "jump" });
    expect(filter.offer(fix(18.2501, 2_000)), "back on the walk").toEqual({ keep: true });
    // The device really moved while fixes were lost (the page was hidden on a motorbike).
    expect(filter.offer(fix(18.28, 3_000)).keep).toBe(false);
    expect(filter.offer(fix(18.2801, 4_000)).keep).toBe(false);
    expect(filter.offer(fix(18.2802, 5_000))).toEqual({ keep: true });
    expect(filter.offer(fix(18.2803, 6_000)), "and the walk goes on from there").toEqual({ keep: true });
  });
});

describe("distance and duration", () => {
  const point = (segment: number, seq: number, lat: number): TrackPointRecord => Object.freeze({ ...fix(lat, seq * 5_000), recordingId: "r", seq, segment });

  test("the length is ellipsoidal and never crosses the gap between segments", () => {
    const points = [point(0, 0, 18.25), point(0, 1, 18.251), point(1, 3, 18.26), point(1, 2, 18.259)];
    const expected = geodesicDistance([105.3, 18.25], [105.3, 18.251]) + geodesicDistance([105.3, 18.259], [105.3, 18.26]);
    expect(trackLengthMetres(points)).toBeCloseTo(expected, 6);
    expect(expected).toBeGreaterThan(220);
    expect(expected).toBeLessThan(223);
    expect(trackGeometry(points)).toEqual({
      type: "MultiLineString",
      coordinates: [
        [[105.3, 18.25], [105.3, 18.251]],
        [[105.3, 18.259], [105.3, 18.26]],
      ],
    });
    expect(trackGeometry([point(0, 0, 18.25)])).toEqual({ type: "LineString", coordinates: [[105.3, 18.25], [105.3, 18.25]] });
    expect(trackGeometry([])).toBeNull();
  });

  test("the elapsed time reads in Vietnamese", () => {
    expect(formatDuration(0)).toBe("0 phút 00 giây");
    expect(formatDuration(754_900)).toBe("12 phút 34 giây");
    expect(formatDuration(3_900_000)).toBe("1 giờ 05 phút");
  });
});

describe("the recording in IndexedDB", () => {
  let database: AppDatabase;
  let recordings: TrackRecordingRepository;

  beforeEach(async () => {
    database = new AppDatabase(`track-recording-${crypto.randomUUID()}`);
    await database.open();
    recordings = new TrackRecordingRepository(database);
  });
  afterEach(async () => {
    database.close();
    await database.delete();
  });

  test("each fix is stored as it comes; a reopened database finds the recording and continues it in a new segment", async () => {
    const started = await recordings.start(new Date("2026-12-01T01:00:00Z"));
    await recordings.addFix(started.id, fix(18.25, 1));
    await recordings.addFix(started.id, fix(18.251, 2));

    // A reload: a new connection to the same database.
    const name = database.name;
    database.close();
    database = new AppDatabase(name);
    recordings = new TrackRecordingRepository(database);
    const found = await recordings.unfinished();
    expect(found).toMatchObject({ id: started.id, startedAt: "2026-12-01T01:00:00.000Z", pointCount: 2, segment: 0 });
    expect((await recordings.pointsOf(started.id)).map((point) => [point.seq, point.segment, point.lat])).toEqual([
      [0, 0, 18.25],
      [1, 0, 18.251],
    ]);

    await recordings.continueRecording(started.id);
    await recordings.addFix(started.id, fix(18.252, 3));
    expect((await recordings.pointsOf(started.id)).map((point) => [point.seq, point.segment])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ]);
  });

  test("finishing writes the patrol with its track and removes the recording and its points", async () => {
    const started = await recordings.start();
    await recordings.addFix(started.id, fix(18.25, 1));
    await recordings.addFix(started.id, fix(18.251, 2));
    const track = trackGeometry(await recordings.pointsOf(started.id));
    const patrol = await recordings.finish(started.id, {
      date: "2026-12-01",
      communeParticipants: "Tổ tự quản",
      stationParticipants: "",
      checkedMarkerIds: ["m-485"],
      trackMatchedMarkerIds: ["m-485"],
      findings: "",
      track,
      trackFileName: "Ghi trực tiếp",
      toleranceMetres: 100,
    });
    expect(await new PatrolRepository(database).list()).toEqual([patrol]);
    expect(patrol.track).toEqual({ type: "LineString", coordinates: [[105.3, 18.25], [105.3, 18.251]] });
    expect(await recordings.unfinished()).toBeNull();
    expect(await database.table("trackPoints").count()).toBe(0);
    await expect(recordings.addFix(started.id, fix(18.252, 3))).rejects.toThrow("Hành trình này đã kết thúc");
  });
});
