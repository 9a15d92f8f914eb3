/**
 * Architecture rules as tests (the Starlight way): the import graph of `src/` is read from the
 * source files and checked. Models stay pure; there are no import cycles; a tool folder uses
 * only the shared framework, UI, engines and its own files — never another tool's store or
 * view, nor the build-time registry. Each rule names the offending files when it fails.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('src');
const SOURCE = /\.(ts|tsx|astro)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Runtime imports of a file (type-only imports are left out: they vanish from the build). */
export function importsOf(text: string): string[] {
  const specs: string[] = [];
  const re = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(re)) if (!m[2]) specs.push(m[3]!);
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs;
}

/** Static runtime imports only (what loads with the module; `import()` loads later, on demand). */
function staticImportsOf(text: string): string[] {
  const specs: string[] = [];
  const re = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(re)) if (!m[2]) specs.push(m[3]!);
  return specs;
}

/** The file a relative specifier points at, or the bare package name. */
function resolveSpec(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return base;
}

// Files matched by import.meta.glob of "./<folder>/name" (the one pattern shape the site uses).
function globbed(from: string, text: string): string[] {
  return [...text.matchAll(/import\.meta\.glob[^(]*\(\s*['"]\.\/\*\/([^'"/]+)['"]/g)].flatMap((m) => {
    const dir = dirname(from);
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, m[1]!)))
      .map((d) => join(dir, d.name, m[1]!));
  });
}

const files = walk(ROOT).filter((f) => !/\.test\.ts$/.test(f));
const graph = new Map(
  files.map((f) => {
    const text = readFileSync(f, 'utf8');
    return [f, [...importsOf(text).map((s) => resolveSpec(f, s)), ...globbed(f, text)]];
  }),
);
const rel = (f: string) => relative(resolve('.'), f);
const staticGraph = new Map(
  files.map((f) => [f, staticImportsOf(readFileSync(f, 'utf8')).map((s) => resolveSpec(f, s))]),
);

/** Every module reachable from `file` (files and bare package names); `on` = static imports only. */
function reachable(file: string, on: Map<string, string[]> = graph): Set<string> {
  const seen = new Set<string>();
  const stack = [file];
  while (stack.length) {
    for (const next of on.get(stack.pop()!) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(next);
    }
  }
  return seen;
}

const SHARED = new Set(['framework', 'ui', 'checklist-engine', 'questionnaire-engine']);
const toolFolder = (f: string) => {
  const m = /^src\/tools\/([^/]+)\//.exec(rel(f));
  return m && !SHARED.has(m[1]!) ? m[1]! : null;
};

/** Pure modules: every tool's model and the framework's pure parts. */
const PURE = files.filter((f) =>
  /\/(model|results|rows|record|vendors|text|csv|document|date-format|field-validation|number-format|agreement|brief|rfp|report)\.ts$/.test(
    f,
  ),
);
const IMPURE = /^(nanostores|@nanostores\/|preact)|\/framework\/(storage|tool-store|instance|boot)\.ts$|\.astro$/;

describe('architecture', () => {
  it('finds the source files and the globbed tool folders (the rules below check something)', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(PURE.length).toBeGreaterThan(10);
    expect(
      graph.get(resolve('src/tools/registry.ts'))!.filter((m) => m.endsWith('Island.astro')).length,
    ).toBeGreaterThanOrEqual(7);
  });

  it('models and other pure modules reach no store, storage, Preact or nanostores', () => {
    const broken = PURE.flatMap((f) =>
      [...reachable(f)].filter((m) => IMPURE.test(m)).map((m) => `${rel(f)} → ${m.startsWith('/') ? rel(m) : m}`),
    );
    expect(broken).toEqual([]);
  });

  it('has no import cycles in src/', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done' || !graph.has(f)) return;
      if (state.get(f) === 'open') return void cycles.push([...path.slice(path.indexOf(f)), f].map(rel).join(' → '));
      state.set(f, 'open');
      for (const next of graph.get(f)!) visit(next, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('no tool folder imports another tool folder, nor the registry', () => {
    const broken = files.flatMap((f) => {
      const own = toolFolder(f);
      // Only code inside src/tools/<folder>/; the assemblers beside them (registry, definitions) glob the folders.
      if (!/^src\/tools\/[^/]+\//.test(rel(f))) return [];
      return (graph.get(f) ?? []).flatMap((m) => {
        const other = m.startsWith('/') ? toolFolder(m) : null;
        const registry = rel(m) === 'src/tools/registry.ts';
        return (other && other !== own) || registry ? [`${rel(f)} → ${rel(m)}`] : [];
      });
    });
    expect(broken).toEqual([]);
  });

  it('every tool folder has a declaration and an island, and nothing else registers tools', () => {
    const folders = readdirSync('src/tools', { withFileTypes: true })
      .filter((d) => d.isDirectory() && !SHARED.has(d.name))
      .map((d) => d.name);
    const missing = folders.filter(
      (d) => !existsSync(`src/tools/${d}/tool.ts`) || !existsSync(`src/tools/${d}/Island.astro`),
    );
    expect(missing).toEqual([]);
  });

  it('no module under src/tools/ imports a stylesheet: the registry inlines each tool its own', () => {
    // One route renders every tool page, so a CSS import anywhere under src/tools/ would be
    // bundled into all of them (that is how every tool page carried every tool's CSS).
    const styled = files
      .filter((f) => f.startsWith(resolve('src/tools')))
      .filter((f) => importsOf(readFileSync(f, 'utf8')).some((s) => /\.css(\?|$)/.test(s)))
      .map((f) => relative(ROOT, f));
    expect(styled).toEqual([]);
  });

  /** The component each tool's Island.astro hydrates (the module the page loads first). */
  const islandEntries = () =>
    readdirSync('src/tools', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`src/tools/${d.name}/Island.astro`))
      .map((d) => {
        const island = readFileSync(`src/tools/${d.name}/Island.astro`, 'utf8');
        const name = /<([A-Z]\w*)\s+client:/.exec(island)![1]!;
        const spec = new RegExp(`import ${name} from '([^']+)'`).exec(island)![1]!;
        return resolveSpec(resolve(`src/tools/${d.name}/Island.astro`), spec);
      });

  it('a tool page loads no Zod on arrival: its island reaches zod/mini only through import()', () => {
    // The schemas load on demand (framework/lazy-schema.ts): about 8 KB gzip a first visit never needs.
    const entries = islandEntries();
    expect(entries.length).toBeGreaterThanOrEqual(16);
    const broken = entries.filter((e) => [...reachable(e, staticGraph)].some((m) => m.startsWith('zod')));
    expect(broken.map(rel)).toEqual([]);
  });

  it('every island waits for the schemas at its top level before it renders (boot.ts schemasReady)', () => {
    const missing = islandEntries().filter((e) => !/^await schemasReady\(\);$/m.test(readFileSync(e, 'utf8')));
    expect(missing.map(rel)).toEqual([]);
  });

  it("all-schemas.ts lists every tool folder's schema.ts, and nothing else", () => {
    const listed = [...readFileSync('src/tools/all-schemas.ts', 'utf8').matchAll(/from '\.\/([a-z-]+)\/schema'/g)].map(
      (m) => m[1],
    );
    const present = readdirSync('src/tools', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`src/tools/${d.name}/schema.ts`))
      .map((d) => d.name);
    expect(listed.sort()).toEqual(present.sort());
  });
});
