// Retrying one tile of an offline download with exponential back-off (with
// jitter, so many failed tiles do not hammer a struggling server in step).
// Only worth-retrying failures are retried: the network being down, a 5xx,
// 408 or 429, a timeout. A 4xx other than those, an HTML page or an
// oversized tile fails at once; an abort stops at once.

import { TileHttpError, isAbortError } from "./tile-source-access";

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({ attempts: 4, baseDelayMs: 400, maxDelayMs: 5_000 });

export function isRetryable(error: unknown): boolean {
  if (isAbortError(error)) return false;
  if (error instanceof TileHttpError) return error.retryable;
  // Errors that know (the map's TileContentError, TileTooLargeError: asking again gives the same answer).
  const retryable = (error as { retryable?: unknown } | null)?.retryable;
  return typeof retryable === "boolean" ? retryable : true;
}

/** The delay before retry number `attempt` (1-based): base·2^(attempt−1), ±25% jitter, capped. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exponential * (0.75 + random() * 0.5));
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

export async function withRetry<T>(task: () => Promise<T>, policy: RetryPolicy, signal: AbortSignal, wait = sleep): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= policy.attempts || !isRetryable(error) || signal.aborted) throw error;
      await wait(backoffDelay(policy, attempt), signal);
    }
  }
}
