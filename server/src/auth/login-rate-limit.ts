// A sliding one-minute window of login attempts per client address, in
// memory (one server process per province; behind the proxy the address is
// the forwarded one). Complements the per-account lockout, which stops
// guessing one account from many addresses.

export class LoginRateLimit {
  private readonly attempts = new Map<string, number[]>();

  constructor(private readonly perMinute: number) {}

  /** Records an attempt; false when the address is over its budget. */
  allow(address: string, nowMilliseconds = Date.now()): boolean {
    const windowStart = nowMilliseconds - 60_000;
    const recent = (this.attempts.get(address) ?? []).filter((time) => time > windowStart);
    if (recent.length >= this.perMinute) {
      this.attempts.set(address, recent);
      return false;
    }
    recent.push(nowMilliseconds);
    this.attempts.set(address, recent);
    if (this.attempts.size > 10_000) this.forgetIdle(windowStart);
    return true;
  }

  private forgetIdle(windowStart: number): void {
    for (const [address, times] of this.attempts) {
      if (times.every((time) => time <= windowStart)) this.attempts.delete(address);
    }
  }
}
