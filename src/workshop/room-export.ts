/** The merged room as CSV (formula-safe, framework/csv.ts) and JSON files; loaded on click. */
import { toCsv } from '../tools/framework/csv';
import { downloadText, fileName } from '../tools/framework/download';
import type { Room } from './room';

/** The room's rows: a header, then one row per item (most disagreement first). */
export function roomRows(room: Room): (string | number | null)[][] {
  return [
    ['Item', 'Count', 'Mean', 'Min', 'Max', 'Standard deviation (population)', 'Share of Yes (%)'],
    ...room.items.map((s) => [
      s.label,
      s.count,
      s.mean,
      s.min,
      s.max,
      s.sd,
      s.yesShare === null ? null : s.yesShare * 100,
    ]),
  ];
}

/** Downloads the room as CSV. */
export function exportCsv(room: Room, tool: string): void {
  downloadText(`${fileName(`${tool}-workshop`)}.csv`, toCsv(roomRows(room)), 'text/csv');
}

/** The room as a JSON document: the merged figures only (no individual answers, no nicknames). */
export function roomJson(room: Room, tool: string): string {
  return JSON.stringify(
    {
      format: 'outsource-smart-workshop',
      v: 1,
      tool,
      responses: room.responses.length,
      score: room.score,
      items: room.items.map(({ item: _, ...s }) => s),
    },
    null,
    2,
  );
}

/** Downloads the room as JSON. */
export function exportJson(room: Room, tool: string): void {
  downloadText(`${fileName(`${tool}-workshop`)}.json`, roomJson(room, tool));
}
