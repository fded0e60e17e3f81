// Keeps the items-page cache honest across processes: ONE PostgreSQL
// connection per server process LISTENs on `oapif_pages` and `oapif_access`
// (migration 011, raised by triggers at commit, whoever wrote) and tells the
// cache what to forget. While the connection is down the cache serves
// nothing; once it listens again the cache starts from empty.

import pg from "pg";
import type { ItemPageCache, PageChange } from "./item-page-cache";

const RECONNECT_MS = 1_000;

export class PageChangeListener {
  private client: pg.Client | null = null;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

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
      this.cache.forgetChange(JSON.parse(payload) as PageChange);
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
