// Live push for GET /sync/events: ONE PostgreSQL connection per server
// process LISTENs on `oapif_changes` and `oapif_alert` (raised by triggers,
// delivered at commit — so it works whichever process, or psql, wrote) and
// fans each notification out to the connected devices it concerns. Whether
// a device may see an alert is decided again by row-level security: the
// alert is read as that device's user before it is sent.

import pg from "pg";
import { withUserTransaction } from "../db/user-transaction";
import { ALERT_JSON } from "../coordination/coordination-sql";

export interface Subscriber {
  userId: string;
  kind: string;
  communes: readonly string[];
  send(event: string, data: string): void;
}

interface ChangesPayload {
  communes: string[];
  cursor: string | null;
}

interface AlertPayload {
  id: string;
  communeCode: string;
}

const RECONNECT_MS = 1_000;

export class EventsHub {
  private readonly subscribers = new Set<Subscriber>();
  private listener: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly listenUrl: string,
    private readonly pool: pg.Pool,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Resolves once the listener runs, so nothing committed after it is missed. */
  async subscribe(subscriber: Subscriber): Promise<() => void> {
    this.subscribers.add(subscriber);
    await this.ensureListening();
    return () => this.subscribers.delete(subscriber);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.subscribers.clear();
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }

  private ensureListening(): Promise<void> {
    if (this.listener || this.closed) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.listenUrl });
    client.on("notification", (message) => this.dispatch(message.channel, message.payload ?? ""));
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, null));
    await client.connect();
    await client.query("listen oapif_changes; listen oapif_alert");
    this.listener = client;
  }

  /** The connection dropped (database restart): listen again; devices resync through their next pull. */
  private lost(client: pg.Client, error: unknown): void {
    if (this.listener !== client) return;
    this.listener = null;
    if (error) this.onError(error);
    if (this.closed || this.subscribers.size === 0) return;
    setTimeout(() => void this.ensureListening().catch(this.onError), RECONNECT_MS);
  }

  private dispatch(channel: string, payload: string): void {
    try {
      if (channel === "oapif_changes") this.changes(JSON.parse(payload) as ChangesPayload);
      else if (channel === "oapif_alert") void this.alert(JSON.parse(payload) as AlertPayload).catch(this.onError);
    } catch (error) {
      this.onError(error);
    }
  }

  private changes(payload: ChangesPayload): void {
    const data = JSON.stringify({ cursor: payload.cursor });
    for (const subscriber of this.subscribers) {
      if (subscriber.kind === "province" || payload.communes.some((code) => subscriber.communes.includes(code))) subscriber.send("changes", data);
    }
  }

  private async alert(payload: AlertPayload): Promise<void> {
    const concerned = [...this.subscribers].filter(
      (subscriber) => subscriber.kind === "province" || (subscriber.kind === "border-station" && subscriber.communes.includes(payload.communeCode)),
    );
    await Promise.all(
      concerned.map(async (subscriber) => {
        const feature = await withUserTransaction(this.pool, subscriber.userId, async (client) =>
          (await client.query<{ feature: string }>(`select ${ALERT_JSON} as feature from alerts as al where al.id = $1`, [payload.id])).rows[0]?.feature,
        );
        if (feature) subscriber.send("alert", feature);
      }),
    );
  }
}
