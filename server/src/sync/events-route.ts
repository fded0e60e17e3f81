// GET /sync/events: a text/event-stream per connected device, authenticated
// by the usual `Authorization: Bearer` header (the app reads it with fetch
// and a stream reader, not EventSource, so the header can be sent).
// Events: `changes` {"cursor"} when something the user may see changed (the
// device then pulls /sync/changes), `alert` <alert Feature>, and a `: ping`
// comment every 15 s so proxies keep the connection open. The subscription
// ends when the device disconnects.

import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import { withUserTransaction } from "../db/user-transaction";
import { unauthorized } from "../http/problem";
import { requireUserId, type ServerContext } from "../http/request-context";
import { deviceId, recordDevice } from "./device-tracking";
import type { EventsHub } from "./events-hub";

const PING_MS = 15_000;

export function registerEventsRoute(app: FastifyInstance, context: ServerContext, hub: EventsHub): void {
  const streams = new Set<PassThrough>();
  // Before the server waits for its connections to finish: open streams would never finish on their own.
  app.addHook("preClose", async () => {
    for (const stream of streams) stream.end();
  });

  app.get("/sync/events", async (request, reply) => {
    const userId = requireUserId(request);
    const device = deviceId(request);
    const scope = await withUserTransaction(context.pool, userId, async (client) => {
      await recordDevice(client, device, false);
      const { rows } = await client.query<{ kind: string | null; communes: string[] }>("select app.ctx_unit_kind() as kind, app.ctx_communes() as communes");
      return rows[0];
    });
    if (!scope.kind) throw unauthorized("Tài khoản không còn hiệu lực.");
    const stream = new PassThrough();
    streams.add(stream);
    const write = (text: string) => {
      if (!stream.writableEnded) stream.write(text);
    };
    const unsubscribe = await hub.subscribe({
      userId,
      kind: scope.kind,
      communes: scope.communes,
      send: (event, data) => write(`event: ${event}\ndata: ${data}\n\n`),
    });
    const ping = setInterval(() => write(": ping\n\n"), PING_MS);
    const cleanUp = () => {
      clearInterval(ping);
      unsubscribe();
      streams.delete(stream);
      stream.end();
    };
    reply.raw.on("close", cleanUp);
    stream.on("close", cleanUp);
    // Sent at once, so the device knows the stream is open (and proxies flush their headers).
    write(": connected\n\n");
    return reply
      .header("content-type", "text/event-stream; charset=utf-8")
      .header("x-accel-buffering", "no")
      .send(stream);
  });
}
