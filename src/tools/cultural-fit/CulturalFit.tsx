/**
 * The cultural-fit tool: the questionnaire engine, plus a button that offers the vendor's
 * mean score to the vendor scorecard's "cultural fit" criterion as a suggestion.
 */
import { useState } from 'preact/hooks';
import QuestionnaireTool, { type QuestionnaireProps } from '../questionnaire-engine/QuestionnaireTool';
import { score, type Answers } from '../questionnaire-engine/model';
import { suggestCulturalFit } from '../vendor-scorecard/store';
import { vendorStore } from '../framework/vendor-store';
import { vendorLabel } from '../framework/vendors';

export default function CulturalFit(props: QuestionnaireProps) {
  const [message, setMessage] = useState<{ vendor: string; ok: boolean; text: string } | null>(null);

  const extra = (vendor: string, answers: Answers) => {
    const s = score(props.data, answers).score;
    const name = vendorLabel(vendorStore.$state.get(), vendor);
    const use = () => {
      if (s === null) return;
      const rounded = Math.min(5, Math.max(1, Math.round(s)));
      setMessage(
        suggestCulturalFit(vendor, s)
          ? { vendor, ok: true, text: `${name} now scores ${rounded} for cultural fit in the vendor scorecard.` }
          : {
              vendor,
              ok: false,
              text: 'The vendor scorecard has no “Cultural fit” criterion yet. Add it from the criteria library there, then try again.',
            },
      );
    };
    return (
      <div class="no-print">
        {s !== null && (
          <button type="button" class="secondary" onClick={use}>
            Use as cultural-fit score in the scorecard
          </button>
        )}
        <div role="status">
          {message?.vendor === vendor && <p class={`banner ${message.ok ? 'ok' : 'warn'}`}>{message.text}</p>}
        </div>
        <p class="hint">
          The scorecard uses whole numbers, so the score is rounded; you can still change it there. Open the{' '}
          <a href="/tools/vendor-scorecard/">vendor scorecard</a>.
        </p>
      </div>
    );
  };

  return <QuestionnaireTool {...props} extra={extra} />;
}
