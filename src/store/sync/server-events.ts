// Live push from the provincial server (GET /sync/events, text/event-stream),
// read with fetch and a stream reader rather than EventSource so the
// Authorization header can be sent. `changes` → the caller pulls; `alert` →
// the caller shows it at once. When the stream ends or fails, it reconnects
// after an exponential, jittered delay, until stopped.

import { retryDelayMs } from "./retry-delay";
import type { SyncHttp } from "./sync-http";

export interface ServerEvent {
  event: string;
  data: string;
}

/** Splits a text/event-stream into events (comments and pings skipped); returns the unfinished tail. */
export function parseEventStream(buffer: string): { events: ServerEvent[]; rest: string } {
  const blocks = buffer.replace(/\r\n/g, "\n").split("\n\n");
  const rest = blocks.pop() ?? "";
  const events: ServerEvent[] = [];
  for (const block of blocks) {
    let event = "message";
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith(":") || line === "") continue;
      const colon = line.indexOf(":");
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "event") event = value;
      else if (field === "data") data.push(value);
    }
    if (data.length > 0) events.push({ event, data: data.join("\n") });
  }
  return { events, rest };
}

export function listenToServerEvents(http: SyncHttp, onEvent: (event: ServerEvent) => void, onConnected: () => void = () => {}): () => void {
  const controller = new AbortController();
  let attempt = 0;
  const loop = async () => {
    while (!controller.signal.aborted) {
      try {
        const response = await http.request("GET", "/sync/events", { headers: { accept: "text/event-stream" }, signal: controller.signal });
        // A server without live push: sync still runs on its own schedule.
        if (response.status === 404) return;
        if (response.ok && response.body) {
          attempt = 0;
          onConnected();
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = "";
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            const parsed = parseEventStream(buffer + value);
            buffer = parsed.rest;
            parsed.events.forEach(onEvent);
          }
        }
      } catch {
        // Offline, aborted, or the server closed the stream: wait and reconnect below.
      }
      if (controller.signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt++)));
    }
  };
  void loop();
  return () => controller.abort();
}
