import { describe, expect, it } from 'vitest';
import { checkNumber, type NumericRule } from './field-validation';

const salary: NumericRule = { label: 'Annual salary', kind: 'money', min: 0, max: 100_000_000, example: 45_000 };
const horizon: NumericRule = { label: 'Horizon (months)', kind: 'integer', min: 1, max: 120, example: 36 };

describe('checkNumber', () => {
  it.each([
    [salary, '45,000', 'en-US', { ok: true, value: 45_000 }],
    [salary, '45.000,50', 'de-DE', { ok: true, value: 45_000.5 }],
    [salary, '', 'en-US', { ok: false, message: 'Enter a number for Annual salary' }],
    [salary, 'lots', 'en-US', { ok: false, message: 'Annual salary must be a number, like 45,000' }],
    [salary, 'viel', 'de-DE', { ok: false, message: 'Annual salary must be a number, like 45.000' }],
    [salary, '1e309', 'en-US', { ok: false, message: 'Annual salary must be a number, like 45,000' }],
    [salary, '1e9', 'en-US', { ok: false, message: 'Annual salary must be 100,000,000 or less' }],
    [salary, '4.5e4', 'en-US', { ok: true, value: 45000 }],
    [salary, '4,5e4', 'de-DE', { ok: true, value: 45000 }],
    [salary, '-5', 'en-US', { ok: false, message: 'Annual salary cannot be negative' }],
    [salary, '999,999,999,999', 'en-US', { ok: false, message: 'Annual salary must be 100,000,000 or less' }],
    [horizon, '0', 'en-US', { ok: false, message: 'Horizon (months) must be 1 or more' }],
    [horizon, '12.5', 'en-US', { ok: false, message: 'Horizon (months) must be a whole number, like 36' }],
    [horizon, '121', 'en-US', { ok: false, message: 'Horizon (months) must be 120 or less' }],
  ])('%#: %j', (rule, text, locale, expected) => {
    expect(checkNumber(rule, text, locale)).toEqual(expected);
  });

  it('allows an empty optional field', () => {
    expect(checkNumber(salary, ' ', 'en-US', false)).toEqual({ ok: true, value: null });
  });
});
