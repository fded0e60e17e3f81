// fetch with a time limit and a size cap, for every request the map makes.
// The caller's signal still cancels (MapLibre aborts tiles that left the
// view; "Hủy" stops a download); the timeout adds its own abort. The body is
// read as a stream and given up as soon as it passes the cap, so a 50 MB
// answer costs at most the cap, not 50 MB.

import { NetworkTimeoutError, TileTooLargeError } from "./network-limits";

export interface TimedFetchOptions {
  signal?: AbortSignal;
  timeoutMs: number;
  headers?: HeadersInit;
}

/** A signal that aborts when the caller's does, or after `timeoutMs` (reason: a TimeoutError). */
function combinedSignal(signal: AbortSignal | undefined, timeoutMs: number): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

function isTimeout(error: unknown, combined: AbortSignal, caller: AbortSignal | undefined): boolean {
  if (caller?.aborted) return false;
  const reason: unknown = combined.reason;
  return (reason instanceof DOMException && reason.name === "TimeoutError") || (error instanceof DOMException && error.name === "TimeoutError");
}

export interface TimedResponse {
  response: Response;
  /** Reads the body, refusing it past `maxBytes`; still under the same time limit. */
  read(maxBytes: number): Promise<ArrayBuffer>;
}

export async function timedFetch(url: string, options: TimedFetchOptions): Promise<TimedResponse> {
  const signal = combinedSignal(options.signal, options.timeoutMs);
  const translate = (error: unknown): unknown => (isTimeout(error, signal, options.signal) ? new NetworkTimeoutError(url, options.timeoutMs) : error);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: options.headers });
  } catch (error) {
    throw translate(error);
  }
  return {
    response,
    read: async (maxBytes) => {
      try {
        return await readCapped(response, url, maxBytes);
      } catch (error) {
        throw translate(error);
      }
    },
  };
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<ArrayBuffer> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new TileTooLargeError(url, maxBytes);
  }
  if (!response.body) return new ArrayBuffer(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TileTooLargeError(url, maxBytes);
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined.buffer;
}
