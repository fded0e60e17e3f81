// Command-line arguments of `npm run analyze -- <command> --name value …`:
// parsed into a map, with typed, Vietnamese-reporting accessors. Numbers are
// plain decimals only ("" is not 0, "0x10" is not 16, "1e3" is not 1000), and
// an option the command does not know is a usage error, not silently ignored.

export class CliUsageError extends Error {}

export class CliArguments {
  private constructor(
    readonly command: string,
    private readonly values: Map<string, string>,
    private readonly flags: Set<string>,
  ) {}

  static parse(argv: readonly string[]): CliArguments {
    const [command = "", ...rest] = argv;
    const values = new Map<string, string>();
    const flags = new Set<string>();
    for (let i = 0; i < rest.length; i++) {
      const token = rest[i];
      if (!token.startsWith("--")) throw new CliUsageError(`Tham số không hiểu được: “${token}” (cần dạng --tên giá-trị).`);
      const name = token.slice(2);
      const next = rest[i + 1];
      if (next === undefined || next.startsWith("--")) flags.add(name);
      else {
        values.set(name, next);
        i++;
      }
    }
    return new CliArguments(command, values, flags);
  }

  has(name: string): boolean {
    return this.values.has(name) || this.flags.has(name);
  }

  flag(name: string): boolean {
    return this.flags.has(name) || this.values.get(name) === "true";
  }

  optionalText(name: string): string | undefined {
    return this.values.get(name);
  }

  text(name: string): string {
    const value = this.values.get(name);
    if (value === undefined) throw new CliUsageError(`Thiếu tham số --${name} cho lệnh “${this.command}”.`);
    return value;
  }

  number(name: string, fallback?: number): number {
    const raw = this.values.get(name);
    if (raw === undefined) {
      if (fallback !== undefined) return fallback;
      throw new CliUsageError(`Thiếu tham số --${name} cho lệnh “${this.command}”.`);
    }
    const value = /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : Number.NaN;
    if (!Number.isFinite(value) || value < 0) throw new CliUsageError(`--${name} phải là một số không âm viết dạng thập phân (ví dụ 1000 hoặc 2.5), nhận được “${raw}”.`);
    return value;
  }

  /** Refuses options outside `known` (a typo like --radus must not fall back to a default). */
  checkKnown(known: readonly string[]): void {
    const unknown = [...this.values.keys(), ...this.flags].filter((name) => !known.includes(name));
    if (unknown.length > 0) {
      throw new CliUsageError(`Lệnh “${this.command}” không có tham số ${unknown.map((name) => `--${name}`).join(", ")}.`);
    }
  }
}
