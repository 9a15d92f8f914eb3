/** One checklist: progress and open critical items (live), exports, then its sections. */
import { downloadText, fileName } from '../framework/download';
import {
  answerOf,
  nextStep,
  progress,
  progressText,
  toCsvText,
  toMarkdown,
  type ChecklistAnswers,
  type ChecklistData,
  type ItemAnswer,
} from './model';
import { ChecklistItemView } from './ChecklistItemView';

interface Props {
  list: ChecklistData;
  answers: ChecklistAnswers;
  /** Whose answers these are (a vendor's name), for headings and file names. */
  subject?: string;
  guides: Record<string, string>;
  onChange: (item: string, change: Partial<ItemAnswer>) => void;
  /** The page's results anchor ("Jump to results"): given to the first checklist of a tool. */
  resultsId?: string;
}

/** "Contract brief" → "contract brief", keeping acronyms such as "IT" intact. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

export function ChecklistPanel({ list, answers, subject, guides, onChange, resultsId }: Props) {
  const p = progress(list, answers);
  const next = nextStep(list, answers);
  const critical = next.blockers;
  const base = fileName(list.id, subject || undefined);
  const heading = `${list.id}-title`;
  return (
    <section class="checklist" aria-labelledby={heading}>
      <h2 id={heading}>
        {list.title}
        {subject && <span class="subject"> — {subject}</span>}
      </h2>
      <p>{list.summary}</p>
      <div class="checklist-status" id={resultsId} aria-live="polite" aria-atomic="true">
        <p class="progress-line">
          <strong>{progressText(list, p)}</strong>
          {p.na > 0 && ` (${p.na} ${list.statusLabels.na.toLowerCase()}, not counted)`}
        </p>
        {critical.length > 0 ? (
          <div class="banner warn">
            <h3>Critical items still open ({critical.length})</h3>
            <p>{next.text}</p>
            <ul>
              {critical.map((i) => {
                const guide = i.guide ? guides[i.guide] : undefined;
                return (
                  <li key={i.id}>
                    <a href={`#${list.id}--${i.id}`}>{i.text}</a>
                    {guide && (
                      <>
                        {' '}
                        — read <a href={`/guides/${i.guide}/`}>{guide}</a>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ) : (
          <p class={`banner ${next.state === 'ready' ? 'ok' : 'info'}`}>
            {next.state === 'open' && <strong>No critical item is open. </strong>}
            {next.text}
          </p>
        )}
      </div>
      <div class="button-row no-print">
        <button
          type="button"
          class="secondary"
          onClick={() => downloadText(`${base}.md`, toMarkdown(list, answers, subject), 'text/markdown')}
        >
          Download {lowerFirst(list.exportTitle ?? list.title)} (Markdown)
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => downloadText(`${base}.csv`, toCsvText(list, answers, subject), 'text/csv')}
        >
          Download {lowerFirst(list.title)} as a table (CSV)
        </button>
      </div>
      {list.sections.map((s) => (
        <section key={s.id} class="checklist-section" aria-labelledby={`${list.id}-${s.id}`}>
          <h3 id={`${list.id}-${s.id}`}>{s.title}</h3>
          {s.items.map((item) => (
            <ChecklistItemView
              key={item.id}
              list={list}
              item={item}
              answer={answerOf(answers, item.id)}
              domId={`${list.id}--${item.id}`}
              guides={guides}
              onChange={(change) => onChange(item.id, change)}
            />
          ))}
        </section>
      ))}
    </section>
  );
}
