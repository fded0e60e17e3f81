// Command-line arguments of `npm run analyze -- <command> --name value …`:
// parsed into a map, with typed, Vietnamese-reporting accessors.

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
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new CliUsageError(`--${name} phải là một số không âm, nhận được “${raw}”.`);
    return value;
  }
}
