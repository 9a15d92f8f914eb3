/** The calm reminder to export after 14 days of unexported changes (not a pop-up; dismissable). */
import { useEffect, useState } from 'preact/hooks';
import { dismissReminder, reminderDue, REMIND_AFTER_DAYS } from '../framework/backup-reminder';

export function BackupReminder() {
  const [due, setDue] = useState(false);
  useEffect(() => setDue(reminderDue()), []);
  if (!due) return null;
  return (
    <div class="banner info no-print" role="status">
      <p>
        You have changes from more than {REMIND_AFTER_DAYS} days ago that are not in any export. Your values live only
        in this browser: <a href="/plan/#plan-backup">export your workspace</a> (or this tool) to keep a copy.
      </p>
      <button
        type="button"
        class="secondary"
        onClick={() => {
          dismissReminder();
          setDue(false);
        }}
      >
        Not now
      </button>
    </div>
  );
}
