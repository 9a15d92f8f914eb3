/**
 * Writes a workspace import that readWorkspaceFile has already checked in full: for "replace",
 * every engagement's stored values go first; then the records, the list and the settings.
 */
import { listKeys, storageEngine } from '../tools/framework/storage';
import { workspace } from '../tools/framework/engagement';
import { $settings } from '../tools/framework/settings';
import type { WorkspaceImport } from './workspace-file';

/** Applies an import (add or replace). */
export function applyImport(result: WorkspaceImport, mode: 'add' | 'replace'): void {
  if (mode === 'replace')
    for (const key of [...listKeys('os:tool:'), ...listKeys('os:offers:')]) delete storageEngine()[key];
  for (const [key, text] of Object.entries(result.records)) storageEngine()[key] = text;
  workspace.replace(result.workspace);
  if (mode === 'replace' && result.settings) $settings.set(result.settings);
}
