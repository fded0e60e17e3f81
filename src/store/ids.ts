// Client-generated identifiers and timestamps shared by every store.

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
