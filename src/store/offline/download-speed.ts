// Speed and time left of an offline download, from a sliding window of the
// last few seconds (a whole-run average would hide a connection that has
// just become slow).

const WINDOW_MS = 5_000;

export interface DownloadRate {
  tilesPerSecond: number;
  bytesPerSecond: number;
  /** Seconds left at the current rate, or null while unknown. */
  secondsLeft: number | null;
}

export class DownloadSpeedMeter {
  private samples: { at: number; tiles: number; bytes: number }[] = [];

  constructor(private readonly now: () => number = () => performance.now()) {}

  record(tiles: number, bytes: number): void {
    const at = this.now();
    this.samples.push({ at, tiles, bytes });
    while (this.samples.length > 2 && at - this.samples[0].at > WINDOW_MS) this.samples.shift();
  }

  reset(): void {
    this.samples = [];
  }

  rate(remainingTiles: number): DownloadRate {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last || last.at - first.at < 250) return { tilesPerSecond: 0, bytesPerSecond: 0, secondsLeft: null };
    const seconds = (last.at - first.at) / 1000;
    const tilesPerSecond = (last.tiles - first.tiles) / seconds;
    const bytesPerSecond = (last.bytes - first.bytes) / seconds;
    return { tilesPerSecond, bytesPerSecond, secondsLeft: tilesPerSecond > 0 ? remainingTiles / tilesPerSecond : null };
  }
}
