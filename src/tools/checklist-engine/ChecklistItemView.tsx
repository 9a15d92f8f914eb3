/** One checklist item: its three answers as a radio group, why it matters, and a note. */
import type { ChecklistData, ChecklistItem, ItemAnswer, ItemStatus } from './model';
import { MAX_NOTE } from './state';

interface Props {
  list: ChecklistData;
  item: ChecklistItem;
  answer: ItemAnswer;
  /** Unique prefix of element ids (checklist and item). */
  domId: string;
  guides: Record<string, string>;
  onChange: (change: Partial<ItemAnswer>) => void;
}

const ORDER: ItemStatus[] = ['done', 'na', 'todo'];

export function ChecklistItemView({ list, item, answer, domId, guides, onChange }: Props) {
  const guideTitle = item.guide ? guides[item.guide] : undefined;
  return (
    <fieldset class={`checklist-item status-${answer.status}`} id={domId}>
      <legend>
        {item.text}
        {item.critical && <span class="tag critical">Critical</span>}
      </legend>
      <div class="radio-row">
        {ORDER.map((status) => (
          <label key={status} class="radio">
            <input
              type="radio"
              name={domId}
              value={status}
              checked={answer.status === status}
              onChange={() => onChange({ status })}
            />
            {list.statusLabels[status]}
          </label>
        ))}
      </div>
      <details class="why">
        <summary>Why it matters</summary>
        <p>{item.why}</p>
        {item.detail.length > 0 && (
          <ul>
            {item.detail.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
        {item.guide && guideTitle && (
          <p>
            Read more: <a href={`/guides/${item.guide}/`}>{guideTitle}</a>
          </p>
        )}
      </details>
      <div class="field note">
        <label for={`${domId}-note`}>Note (optional)</label>
        <textarea
          id={`${domId}-note`}
          rows={2}
          maxLength={MAX_NOTE}
          value={answer.note}
          onInput={(e) => onChange({ note: e.currentTarget.value })}
        />
      </div>
    </fieldset>
  );
}
