/**
 * Reading keyed collections safely. Stored state keys maps by ids a visitor or a file supplies;
 * `scores["constructor"]` on a plain object reads the built-in Object function, not a score.
 * `own` returns a value only when the key is the object's own property.
 */

/** The value at `key` when it is an own property of `record`, else undefined. */
export function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}
