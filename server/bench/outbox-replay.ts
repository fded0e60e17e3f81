// A device replaying its outbox: create entries shaped like the app's
// (method, path, baseVersion, payload, the entry UUID as idempotency key),
// sent either one request per entry (in order) or in batches of 500 through
// POST /sync/outbox; then everything again, as after a lost acknowledgement.

import { randomUUID } from "node:crypto";

export interface ReplayTimes {
  first: number;
  second: number;
  errors: number;
}

interface Entry {
  id: string;
  method: "POST";
  path: string;
  baseVersion: number;
  payload: Record<string, unknown>;
}

export function makeEntries(count: number, box: [number, number, number, number]): Entry[] {
  return Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    method: "POST",
    path: "/collections/incidents/items",
    baseVersion: 0,
    payload: {
      type: "Feature",
      id: randomUUID(),
      geometry: { type: "Point", coordinates: [box[0] + Math.random() * 0.1, box[1] + Math.random() * 0.1] },
      properties: { kind: "incident", title: `Ghi từ thiết bị ${index}`, status: "moi", occurredAt: new Date().toISOString(), version: 1, deletedAt: null },
    },
  }));
}

async function twice(send: () => Promise<number>): Promise<ReplayTimes> {
  let errors = 0;
  const timed = async () => {
    const begin = performance.now();
    errors += await send();
    return (performance.now() - begin) / 1000;
  };
  const first = await timed();
  const second = await timed();
  return { first, second, errors };
}

export function replayOneByOne(baseUrl: string, token: string, entries: readonly Entry[]): Promise<ReplayTimes> {
  return twice(async () => {
    let errors = 0;
    for (const entry of entries) {
      const response = await fetch(`${baseUrl}${entry.path}`, {
        method: entry.method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/geo+json", "idempotency-key": entry.id },
        body: JSON.stringify(entry.payload),
      });
      await response.arrayBuffer();
      if (response.status !== 201) errors += 1;
    }
    return errors;
  });
}

export function replayInBatches(baseUrl: string, token: string, entries: readonly Entry[], batchSize = 500): Promise<ReplayTimes> {
  return twice(async () => {
    let errors = 0;
    for (let start = 0; start < entries.length; start += batchSize) {
      const response = await fetch(`${baseUrl}/sync/outbox`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ entries: entries.slice(start, start + batchSize) }),
      });
      const { results } = (await response.json()) as { results: { status: number }[] };
      errors += results.filter((result) => result.status !== 201).length;
    }
    return errors;
  });
}
