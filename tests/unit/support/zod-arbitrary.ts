/**
 * fast-check arbitraries from zod/mini schemas, for property tests over every tool's stored
 * shape: values that respect the schema's types, enums, lengths, ranges and patterns (hand-
 * written: the published zod-to-fast-check packages read zod 3's internals, not zod 4 mini's).
 * Refinements the walker cannot see are left to a `.filter(safeParse)` by the caller.
 */
import fc from 'fast-check';

interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  format?: string;
  [k: string]: unknown;
}
type Schema = { _zod: { def: Def } };

const checksOf = (def: Def) => (def.checks ?? []).map((c) => c._zod.def);

/** Text with the characters that break naive code: quotes, angle brackets, formulas, emoji. */
const TEXT = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('=SUM(A1)', '<script>', '"quoted"', 'Ünïcødé 🚀', '  spaced  ', '__proto__', 'constructor'),
);

export function arbitraryOf(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  const checks = checksOf(def);
  const find = (name: string) => checks.find((c) => c.check === name);
  switch (def.type) {
    case 'string': {
      const regex = checks.find((c) => c.check === 'string_format' && c.format === 'regex');
      const max = (find('max_length')?.maximum as number | undefined) ?? 40;
      const min = (find('min_length')?.minimum as number | undefined) ?? 0;
      if (regex) return fc.stringMatching(regex.pattern as RegExp).filter((s) => s.length >= min && s.length <= max);
      return TEXT.map((s) => s.slice(0, max)).filter((s) => s.length >= min);
    }
    case 'number': {
      const gt = find('greater_than');
      const lt = find('less_than');
      const min = (gt?.value as number | undefined) ?? -1e6;
      const max = (lt?.value as number | undefined) ?? 1e6;
      const int = def.format === 'safeint' || def.format === 'int32' || checks.some((c) => c.format === 'safeint');
      if (int) return fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, 1e9)) });
      return fc.oneof(
        fc.constantFrom(min, max),
        fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((n) => Math.round(n * 100) / 100),
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'optional':
      return fc.option(arbitraryOf(def.innerType as Schema, depth), { nil: undefined });
    case 'nullable':
      return fc.option(arbitraryOf(def.innerType as Schema, depth), { nil: null });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return arbitraryOf(def.innerType as Schema, depth);
    case 'pipe':
      return arbitraryOf(def.in as Schema, depth);
    case 'union':
      return fc.oneof(...(def.options as Schema[]).map((o) => arbitraryOf(o, depth)));
    case 'array': {
      const max = Math.min((find('max_length')?.maximum as number | undefined) ?? 4, depth > 1 ? 2 : 4);
      const min = (find('min_length')?.minimum as number | undefined) ?? 0;
      return fc.array(arbitraryOf(def.element as Schema, depth + 1), { minLength: min, maxLength: Math.max(min, max) });
    }
    case 'record':
      return fc.dictionary(
        arbitraryOf(def.keyType as Schema, depth + 1) as fc.Arbitrary<string>,
        arbitraryOf(def.valueType as Schema, depth + 1),
        { maxKeys: 3 },
      );
    case 'object': {
      const shape = def.shape as Record<string, Schema>;
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arbitraryOf(v, depth + 1)])), {
        requiredKeys: Object.keys(shape).filter((k) => shape[k]!._zod.def.type !== 'optional'),
      });
    }
    default:
      throw new Error(`zod-arbitrary: no arbitrary for a "${def.type}" schema`);
  }
}
