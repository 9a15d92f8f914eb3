/**
 * Checks what a visitor typed into a numeric field and says what is wrong in plain words.
 * Values that fail never reach a model.
 */
import { formatForInput, parseLocaleNumber, type NumberKind } from './number-format';

/** What a numeric field accepts. */
export interface NumericRule {
  label: string;
  kind: NumberKind;
  min: number;
  max: number;
  /** An example value shown in format errors (the default is a good one). */
  example: number;
}

/** A valid value (null = empty), or the message to show. */
export type FieldCheck = { ok: true; value: number | null } | { ok: false; message: string };

/** Parses and range-checks `text`; empty is an error when `required`. */
export function checkNumber(rule: NumericRule, text: string, locale: string, required = true): FieldCheck {
  const parsed = parseLocaleNumber(text, locale, rule.kind);
  const fmt = (n: number) => formatForInput(n, locale);
  if (!parsed.ok) {
    return parsed.reason === 'whole'
      ? { ok: false, message: `${rule.label} must be a whole number, like ${fmt(Math.round(rule.example))}` }
      : { ok: false, message: `${rule.label} must be a number, like ${fmt(rule.example)}` };
  }
  const v = parsed.value;
  if (v === null)
    return required ? { ok: false, message: `Enter a number for ${rule.label}` } : { ok: true, value: null };
  if (v < rule.min)
    return {
      ok: false,
      message: rule.min === 0 ? `${rule.label} cannot be negative` : `${rule.label} must be ${fmt(rule.min)} or more`,
    };
  if (v > rule.max) return { ok: false, message: `${rule.label} must be ${fmt(rule.max)} or less` };
  return { ok: true, value: v };
}
