/** The readiness self-audit: the questionnaire engine with this tool's declaration. */
import QuestionnaireTool, { type QuestionnaireProps } from '../questionnaire-engine/QuestionnaireTool';
import readiness from './tool';
import { schemasReady } from '../framework/boot';

// A returning visitor's data is read with its schema: the island waits for it before it renders.
await schemasReady();

export default function Readiness(props: QuestionnaireProps) {
  return <QuestionnaireTool {...props} def={readiness} />;
}
