// Work the user started and is waiting for — an import, an export, an
// analysis — registered while it runs, so that locking the device
// (app/security) never cuts it short: the idle lock counts a running job as
// use, and "Khóa" covers the screen at once but reloads only once the work is
// over (its result stored).

export interface RunningJob {
  label: string;
  startedAt: number;
}

const jobs = new Map<number, RunningJob>();
const listeners = new Set<() => void>();
let nextJobId = 0;

function changed(): void {
  for (const listener of listeners) listener();
}

/** Registers `work` under `label` until it settles; returns it unchanged. */
export function trackJob<T>(label: string, work: Promise<T>): Promise<T> {
  const id = nextJobId++;
  jobs.set(id, { label, startedAt: Date.now() });
  changed();
  const forget = () => {
    jobs.delete(id);
    changed();
  };
  work.then(forget, forget);
  return work;
}

export function runningJobs(): RunningJob[] {
  return [...jobs.values()];
}

/** Calls `listener` whenever a job starts or ends; returns the unsubscribe. */
export function onJobsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Calls `callback` once no job has been running for `quietMs` (at once-ish when none runs):
 * the quiet spell lets the page finish writing a job's answer, or start the next step of it.
 */
export function afterRunningJobs(callback: () => void, quietMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    if (jobs.size === 0) timer = setTimeout(finish, quietMs);
  };
  const finish = () => {
    unsubscribe();
    callback();
  };
  const unsubscribe = onJobsChange(arm);
  arm();
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
