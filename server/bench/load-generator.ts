// A closed-loop load generator: `concurrency` clients each send a request,
// wait for the answer, and send the next, for a fixed time. Latencies are
// kept whole so p95 is exact (autocannon's histogram has no p95).

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

export async function runLoad(concurrency: number, durationMs: number, request: () => Promise<Response>): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const client = async () => {
    while (performance.now() < deadline) {
      const begin = performance.now();
      const response = await request();
      await response.arrayBuffer();
      latencies.push(performance.now() - begin);
      if (!response.ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    requestsPerSecond: latencies.length / seconds,
  };
}
