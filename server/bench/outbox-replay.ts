// A device replaying its outbox: `count` create entries sent one after the
// other (the outbox is ordered), each with its entry UUID as Idempotency-Key;
// then the whole outbox again, as after a lost acknowledgement.

import { randomUUID } from "node:crypto";

export interface ReplayTimes {
  first: number;
  second: number;
  errors: number;
}

export async function replayOutbox(baseUrl: string, token: string, count: number, box: [number, number, number, number]): Promise<ReplayTimes> {
  const entries = Array.from({ length: count }, (_, index) => ({
    key: randomUUID(),
    body: JSON.stringify({
      type: "Feature",
      id: randomUUID(),
      geometry: { type: "Point", coordinates: [box[0] + Math.random() * 0.1, box[1] + Math.random() * 0.1] },
      properties: { kind: "incident", title: `Ghi từ thiết bị ${index}`, status: "moi", occurredAt: new Date().toISOString(), version: 1, deletedAt: null },
    }),
  }));
  let errors = 0;
  const send = async () => {
    const begin = performance.now();
    for (const entry of entries) {
      const response = await fetch(`${baseUrl}/collections/incidents/items`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/geo+json", "idempotency-key": entry.key },
        body: entry.body,
      });
      await response.arrayBuffer();
      if (response.status !== 201) errors += 1;
    }
    return (performance.now() - begin) / 1000;
  };
  const first = await send();
  const second = await send();
  return { first, second, errors };
}
