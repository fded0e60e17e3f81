// Reads GET /sync/events the way the app does (fetch + a stream reader, the
// Bearer header sent), collecting the events as they arrive.

export interface ServerEvent {
  event: string;
  data: string;
  receivedAt: number;
}

export interface EventStream {
  events: ServerEvent[];
  /** Resolves with the first event (already received or coming) that matches. */
  next(predicate: (event: ServerEvent) => boolean, timeoutMs?: number): Promise<ServerEvent>;
  close(): void;
}

export async function openEventStream(baseUrl: string, token: string, headers: Record<string, string> = {}): Promise<EventStream> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/sync/events`, { headers: { authorization: `Bearer ${token}`, ...headers }, signal: controller.signal });
  if (response.status !== 200 || !response.body) throw new Error(`/sync/events answered ${response.status}`);
  const events: ServerEvent[] = [];
  const waiters = new Set<() => void>();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let connected: () => void = () => undefined;
  const open = new Promise<void>((resolve) => {
    connected = resolve;
  });
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(": connected")) connected();
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data !== undefined) events.push({ event, data, receivedAt: performance.now() });
          for (const wake of waiters) wake();
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  await open;
  return {
    events,
    next: (predicate, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(predicate);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error("no matching server event"));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: () => controller.abort(),
  };
}
