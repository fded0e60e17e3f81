// Main-thread tasks over 50 ms in the app's page, for the browser benchmarks
// that ask "no task over 100 ms": a PerformanceObserver("longtask") installed
// before any app script runs, and the tasks that overlap a measured window.

import type { BrowserContext, Page } from "playwright-core";

export interface LongTasks {
  longest: number;
  overTarget: number;
  count: number;
}

/** Every page the context opens records its long tasks from its first script on. */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    Object.assign(window, { benchLongTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
}

/** The page's clock, to mark a window. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** The recorded tasks that overlap [from, to] of the page's clock. */
export async function longTasksBetween(page: Page, from: number, to: number, targetMs: number): Promise<LongTasks> {
  const tasks = await page.evaluate(() => (window as unknown as { benchLongTasks: { start: number; duration: number }[] }).benchLongTasks);
  const inside = tasks.filter((task) => task.start + task.duration >= from && task.start <= to);
  return { longest: Math.max(0, ...inside.map((task) => task.duration)), overTarget: inside.filter((task) => task.duration > targetMs).length, count: inside.length };
}
