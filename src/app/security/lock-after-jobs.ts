// Locking a tab in which a job runs (an import still storing its layer, an
// analysis): the screen is covered at once — nothing of the commune stays
// visible or reachable — but the page, and with it the job, goes on until the
// job is over and its result stored; then the tab reloads into the lock
// screen, which drops the key. A job that never ends does not keep the key in
// memory for ever: after MAX_WAIT_MS the tab reloads anyway.

import { afterRunningJobs, runningJobs } from "../workspace";

/** Lets the page write a job's answer (or start its next step) before reloading. */
const QUIET_MS = 1_000;
const MAX_WAIT_MS = 30 * 60_000;

let covered = false;

function coverScreen(labels: readonly string[]): void {
  for (const element of document.body.children) element.setAttribute("inert", "");
  const screen = document.createElement("div");
  screen.className = "security-screen";
  screen.setAttribute("role", "alertdialog");
  screen.setAttribute("aria-label", "Đang khóa");
  const card = document.createElement("div");
  card.className = "security-card";
  const title = document.createElement("h1");
  title.textContent = "Đang khóa";
  const text = document.createElement("p");
  text.textContent = `Đang hoàn tất: ${labels.join(", ")}. Ứng dụng sẽ khóa hẳn ngay khi xong; kết quả được lưu lại, không mất.`;
  card.append(title, text);
  screen.append(card);
  document.body.append(screen);
}

export function lockAfterRunningJobs(reload: () => void): void {
  const jobs = runningJobs();
  if (jobs.length === 0) return reload();
  if (covered) return;
  covered = true;
  coverScreen([...new Set(jobs.map((job) => job.label))]);
  const stop = afterRunningJobs(reload, QUIET_MS);
  setTimeout(() => {
    stop();
    reload();
  }, MAX_WAIT_MS);
}
