/**
 * The request for proposal (pure): the brief; what every proposal must contain, with the
 * due-diligence checks the data sensitivity calls for; how proposals will be judged (the vendor
 * scorecard's criteria and weights when accepted, else the scorecard's defaults); a timetable
 * worked back from the deadline; and the interview questions. The step between deciding what to
 * outsource and choosing who does it.
 */
import { blank, type DocumentBlocks } from '../framework/document';
import { briefBlocks, taskName, type DocFormat } from './brief';
import {
  DEFAULT_JUDGING,
  interviewQuestions,
  measureComplete,
  securityQuestions,
  SENSITIVITY,
  timetable,
  type SecurityItem,
} from './model';
import type { GoalsState } from './state';

/** What the request needs besides the canvas. */
export interface RfpContext extends DocFormat {
  /** The due-diligence checklist's security and continuity items. */
  security: SecurityItem[];
  /** Today (YYYY-MM-DD), to tell whether the timetable still fits. */
  today: string;
  percent: (share: number) => string;
}

/** The request for proposal as document blocks. */
export function rfpBlocks(s: GoalsState, c: RfpContext): DocumentBlocks {
  const owner = s.owner.trim() || blank('name, email');
  const checks = securityQuestions(c.security, s.sensitivity);
  const judging = s.judging ?? DEFAULT_JUDGING;
  const plan = timetable(s.deadline, c.today);
  const measures = s.measures.filter(measureComplete).map((m) => m.name.trim());

  const blocks: DocumentBlocks = [
    { kind: 'heading', level: 1, text: `Request for proposal: ${taskName(s)}` },
    {
      kind: 'para',
      para: {
        text: `We are looking for a provider for ${taskName(s)}. This request says what we need, what your proposal must contain, how we will choose and when. Please send your proposal, and any questions, to ${owner}.`,
      },
    },
    { kind: 'heading', level: 2, text: '1. What we need' },
    ...briefBlocks(s, c, true),
    { kind: 'heading', level: 2, text: '2. What your proposal must contain' },
    {
      kind: 'list',
      items: [
        { lead: 'Approach:', text: 'how you would do the work in scope, and what you would need from us.' },
        { lead: 'Team:', text: 'who would do the work, their experience, and who our day-to-day contact would be.' },
        {
          lead: 'Pricing model:',
          text: 'a monthly fee, an hourly rate or a price per unit, with what is included, what costs extra, and your assumptions about volumes.',
        },
        { lead: 'References:', text: 'two current clients of a similar size or sector whom we may call.' },
        {
          lead: 'A sample or a trial:',
          text: 'a sample of similar work, or an offer for a short paid pilot, with its length and price.',
        },
        { lead: 'Security and data protection:', text: 'your answer to each point below, with evidence.' },
      ],
    },
    { kind: 'heading', level: 3, text: 'Security and data protection' },
    {
      kind: 'para',
      para: {
        text: s.sensitivity
          ? `The work involves ${SENSITIVITY[s.sensitivity].label.toLowerCase()}${s.sensitivity === 'none' ? ' (no data of ours)' : ''}. Before we sign we check each point below; say how you meet it and what you can show us.`
          : 'Before we sign we check each point below; say how you meet it and what you can show us. ' +
            blank('Choose the data sensitivity to add the checks it calls for.'),
      },
    },
    { kind: 'list', items: checks.map((i) => ({ text: i.text })) },
    { kind: 'heading', level: 2, text: '3. How we will judge proposals' },
    {
      kind: 'para',
      para: {
        text: 'We score every proposal from 1 to 5 on each criterion below; the weight says how much each counts. A proposal that leaves a security point unanswered may be set aside, whatever its score.',
      },
    },
    { kind: 'table', head: ['Criterion', 'Weight'], rows: judging.map((j) => [j.name, c.percent(j.share)]) },
    { kind: 'heading', level: 2, text: '4. Timetable' },
  ];

  if (!plan) blocks.push({ kind: 'para', para: { text: blank('Set a deadline to get a timetable.') } });
  else
    blocks.push({
      kind: 'table',
      head: ['Step', 'By'],
      rows: [
        ['Questions to us', c.date(plan.questionsBy)],
        ['Proposals to us', c.date(plan.proposalsBy)],
        ['Interviews of the shortlist', `${c.date(plan.interviewsFrom)} to ${c.date(plan.interviewsBy)}`],
        ['Our decision', c.date(plan.decisionBy)],
        ['Service running', c.date(plan.runningBy)],
      ],
    });

  blocks.push(
    { kind: 'heading', level: 2, text: '5. What we will ask at interview' },
    {
      kind: 'list',
      ordered: true,
      items: interviewQuestions({ task: s.task, measures, objectives: s.objectives, sensitivity: s.sensitivity }).map(
        (text) => ({ text }),
      ),
    },
  );
  return blocks;
}
