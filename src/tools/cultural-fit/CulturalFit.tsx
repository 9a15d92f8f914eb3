/**
 * The cultural-fit assessment: the questionnaire engine with this tool's declaration. Each
 * vendor's score is offered to the vendor scorecard (see tool.ts); the scorecard asks the
 * visitor before using it.
 */
import QuestionnaireTool, { type QuestionnaireProps } from '../questionnaire-engine/QuestionnaireTool';
import culturalFit from './tool';
import { VendorSwitcher } from '../ui/VendorSwitcher';
import { schemasReady } from '../framework/boot';

// A returning visitor's data is read with its schema: the island waits for it before it renders.
await schemasReady();

const extra = () => (
  <p class="hint no-print">
    This score is offered to the <a href="/tools/vendor-scorecard/">vendor scorecard</a> of this engagement: open it to
    use the score for its “Cultural fit” criterion (rounded to a whole number there, and only if you accept).
  </p>
);

export default function CulturalFit(props: QuestionnaireProps) {
  return <QuestionnaireTool {...props} def={culturalFit} switcher={VendorSwitcher} extra={extra} />;
}
