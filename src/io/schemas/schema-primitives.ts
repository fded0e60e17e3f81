// Building blocks shared by the record schemas: bounded strings and lists
// (a hostile file must not make us keep megabytes of one field), ISO times
// that really parse (so the UI never shows "Invalid Date"), finite numbers.

import * as v from "valibot";

export const MAX_TEXT_LENGTH = 20_000;
export const MAX_ID_LENGTH = 200;
export const MAX_LIST_LENGTH = 100_000;

export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_LENGTH));
export const textSchema = v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH));
export const finiteNumber = v.pipe(v.number(), v.finite());

/** ISO 8601 date-time that Date.parse accepts (valibot's regex alone lets 2026-13-45 through). */
export const isoTimeSchema = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.check((text) => !Number.isNaN(Date.parse(text)), "invalid_time"),
);

/** YYYY-MM-DD of a real calendar day. */
export const isoDaySchema = v.pipe(
  v.string(),
  v.isoDate(),
  v.check((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), "invalid_time"),
);

export function listOf<TItem extends v.GenericSchema>(item: TItem) {
  return v.pipe(v.array(item), v.maxLength(MAX_LIST_LENGTH));
}

export const idListSchema = listOf(idSchema);
export const revisionsSchema = v.pipe(listOf(isoTimeSchema), v.minLength(1));
