/** The readiness self-audit: the questionnaire engine with this tool's declaration. */
import QuestionnaireTool, { type QuestionnaireProps } from '../questionnaire-engine/QuestionnaireTool';
import readiness from './tool';

export default function Readiness(props: QuestionnaireProps) {
  return <QuestionnaireTool {...props} def={readiness} />;
}
