/**
 * Visitors' data from release 0.1 (localStorage captured from the site after filling every
 * tool, tests/fixtures/stored/release-0.1.json) reads unchanged through today's declarations,
 * at the same keys, and shows in the `default` engagement, "My first engagement".
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFINITIONS } from '../../src/tools/definitions';
import { readRecord } from '../../src/tools/framework/record';
import { instanceFor } from '../../src/tools/framework/instance';
import { useTestStorage } from '../../src/tools/framework/test-storage';
import { vendorListDef } from '../../src/tools/framework/vendors';
import { $engagement, workspace, FIRST_ENGAGEMENT_NAME } from '../../src/tools/framework/engagement';
import { readSettings } from '../../src/tools/framework/settings';
import type { ToolId } from '../../src/tools/catalog';

const fixture = JSON.parse(readFileSync('tests/fixtures/stored/release-0.1.json', 'utf8')) as {
  storage: Record<string, string>;
};
/** The tools of release 0.1, whose records the fixture holds. */
const RELEASE_01_TOOLS = [
  'contract-checklist',
  'cultural-fit',
  'due-diligence',
  'readiness',
  'relationship-review',
  'total-cost',
  'vendor-scorecard',
  'vendors',
];
const toolKeys = Object.keys(fixture.storage).filter((k) => k.startsWith('os:tool:default:'));

beforeEach(() => {
  useTestStorage(fixture.storage);
});

describe('records stored by release 0.1', () => {
  it('cover every tool of that release and the vendor list, all still declared', () => {
    // Tools built after release 0.1 have no records in the fixture; every record must still have its tool.
    const stored = toolKeys.map((k) => k.split(':')[3]!).sort();
    expect(stored).toEqual(RELEASE_01_TOOLS);
    expect(stored.filter((t) => t !== 'vendors' && !(t in DEFINITIONS))).toEqual([]);
  });

  it.each(toolKeys)('%s reads unchanged through today’s declaration', (key) => {
    const tool = key.split(':')[3]!;
    const def = tool === 'vendors' ? vendorListDef : DEFINITIONS[tool as ToolId]!;
    const stored = JSON.parse(fixture.storage[key]!);
    const read = readRecord(def, fixture.storage[key]!);
    expect(read).toEqual({ ok: true, state: stored.data });
    // And the tool's instance in the default engagement shows exactly that.
    if (tool !== 'vendors')
      expect(instanceFor(def as never, $engagement.get()).store.$state.get()).toEqual(stored.data);
  });

  it('settings read unchanged, and everything belongs to “My first engagement”', () => {
    expect(readSettings(JSON.parse(fixture.storage['os:settings']!))).not.toBeNull();
    expect($engagement.get()).toBe('default');
    expect(workspace.$state.get().engagements).toEqual([{ id: 'default', name: FIRST_ENGAGEMENT_NAME }]);
  });
});
