// The idle lock and running jobs: a job the user started (a long import, an
// analysis) counts as use while it runs and its end as the last use, so the
// idle lock never cuts it short; a stuck job stops holding the device open
// after JOB_HOLD_MS. Locking a tab with a job waits for the job (and a quiet
// spell for the page to store its answer) before reloading.

import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { idleDecision, JOB_HOLD_MS } from "../../src/app/security/idle-lock-decision";
import { afterRunningJobs, runningJobs, trackJob } from "../../src/app/workspace/running-jobs";

const MINUTE = 60_000;

describe("the idle lock's decision", () => {
  const now = Date.UTC(2026, 11, 1, 8);
  test("no job: locks once the chosen minutes have passed without use", () => {
    expect(idleDecision(now, now - 9 * MINUTE, 10 * MINUTE, [])).toBe("wait");
    expect(idleDecision(now, now - 10 * MINUTE, 10 * MINUTE, [])).toBe("lock");
  });

  test("a running job holds the lock however long the user has been away, until it has run JOB_HOLD_MS", () => {
    expect(idleDecision(now, now - 60 * MINUTE, 10 * MINUTE, [now - 45 * MINUTE])).toBe("held-by-job");
    expect(idleDecision(now, now - 60 * MINUTE, 10 * MINUTE, [now - JOB_HOLD_MS - 1, now - MINUTE])).toBe("held-by-job");
    expect(idleDecision(now, now - JOB_HOLD_MS, 10 * MINUTE, [now - JOB_HOLD_MS])).toBe("lock");
  });
});

describe("running jobs", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test("a job is listed while it runs, whether it succeeds or fails, and its result is passed through", async () => {
    let finish!: (value: string) => void;
    const job = trackJob("Nhập dữ liệu", new Promise<string>((resolve) => (finish = resolve)));
    const failing = trackJob("Phân tích", Promise.reject(new Error("lỗi")));
    expect(runningJobs().map((entry) => entry.label)).toEqual(["Nhập dữ liệu", "Phân tích"]);
    await expect(failing).rejects.toThrow("lỗi");
    expect(runningJobs().map((entry) => entry.label)).toEqual(["Nhập dữ liệu"]);
    finish("lớp đã lưu");
    expect(await job).toBe("lớp đã lưu");
    expect(runningJobs()).toEqual([]);
  });

  test("locking waits for the running job, then for a quiet spell, and a next step of the job waits again", async () => {
    let finishFirst!: () => void;
    let finishSecond!: () => void;
    void trackJob("Nhập dữ liệu", new Promise<void>((resolve) => (finishFirst = resolve)));
    const reload = vi.fn();
    afterRunningJobs(reload, 1_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reload).not.toHaveBeenCalled();
    finishFirst();
    await vi.advanceTimersByTimeAsync(500);
    // The page starts the job's next step within the quiet spell (GIS: inspect, then import).
    void trackJob("Nhập dữ liệu", new Promise<void>((resolve) => (finishSecond = resolve)));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(reload).not.toHaveBeenCalled();
    finishSecond();
    await vi.advanceTimersByTimeAsync(999);
    expect(reload).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test("with no job running, locking goes ahead after the quiet spell", async () => {
    const reload = vi.fn();
    afterRunningJobs(reload, 1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
