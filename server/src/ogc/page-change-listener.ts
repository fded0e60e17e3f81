// Keeps the items-page cache honest across processes: ONE PostgreSQL
// connection per server process LISTENs on `oapif_pages` and `oapif_access`
// (migration 011, raised by triggers at commit, whoever wrote) and tells the
// cache what to forget. While the connection is down the cache serves
// nothing; once it listens again the cache starts from empty.
//
// `caughtUp` lets a write of this process wait until its own commit's
// notification has been heard: it sends a mark of its own after the commit,
// and PostgreSQL delivers notifications in commit order.

import { randomUUID } from "node:crypto";
import pg from "pg";
import type { ItemPageCache, PageChange } from "./item-page-cache";

const RECONNECT_MS = 1_000;
const CATCH_UP_MS = 2_000;

export class PageChangeListener {
  private client: pg.Client | null = null;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private readonly markPrefix = `${randomUUID()}:`;
  private marks = 0;
  private readonly waiting = new Map<string, () => void>();

  constructor(
    private readonly listenUrl: string,
    private readonly cache: ItemPageCache,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Resolves once listening, or after a failed attempt (retried every second). */
  async start(): Promise<void> {
    if (this.closed || this.client) return;
    const client = new pg.Client({ connectionString: this.listenUrl });
    client.on("notification", (message) => this.heard(message.channel, message.payload ?? ""));
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, null));
    try {
      await client.connect();
      await client.query("listen oapif_pages; listen oapif_access");
    } catch (error) {
      this.onError(error);
      await client.end().catch(() => undefined);
      this.scheduleRetry();
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.cache.resume();
  }

  /**
   * True once every change committed before this call has been heard (or nothing is
   * listening, so nothing is served from memory); false if that could not be known in time.
   */
  async caughtUp(pool: pg.Pool): Promise<boolean> {
    if (!this.client) return true;
    this.marks += 1;
    const mark = `${this.markPrefix}${this.marks}`;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const heard = new Promise<boolean>((resolve) => {
      this.waiting.set(mark, () => resolve(true));
      timer = setTimeout(() => resolve(false), CATCH_UP_MS);
    });
    try {
      await pool.query("select pg_notify('oapif_pages', $1)", [JSON.stringify({ mark })]);
      return await heard;
    } catch (error) {
      this.onError(error);
      return false;
    } finally {
      clearTimeout(timer);
      this.waiting.delete(mark);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    this.cache.suspend();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private heard(channel: string, payload: string): void {
    if (channel !== "oapif_pages") return this.cache.forgetAll();
    try {
      const message = JSON.parse(payload) as PageChange | { mark: string };
      if ("mark" in message) this.waiting.get(message.mark)?.();
      else this.cache.forgetChange(message);
    } catch (error) {
      this.cache.forgetAll();
      this.onError(error);
    }
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    this.cache.suspend();
    if (error) this.onError(error);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.closed) return;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.start(), RECONNECT_MS);
  }
}
