/** A status in words with its colour ("Green", "Amber", "Red"), or a dash and a reason. */
import type { Status } from './model';

interface Props {
  status: Status | null;
  /** Shown instead of a status when there is none ("no figure"). */
  none?: string;
}

export function StatusBadge({ status, none = '—' }: Props) {
  return status ? (
    <span class={`kpi-status kpi-${status.toLowerCase()}`}>{status}</span>
  ) : (
    <span class="kpi-status kpi-none">{none}</span>
  );
}
