/**
 * The one-page pilot agreement (pure): scope, period and price, the pass marks with how each
 * is measured, the decision rule agreed in advance, what happens on each outcome, and — once
 * every actual is in — the outcome in one line. Blank parts show as [brackets] to fill in, never as gaps.
 */
import type { DocumentBlocks } from '../framework/document';
import { blank, linesOf } from '../framework/document';
import { CONDITIONS_AT, criterionLabel, decide, endDate, GO_AT, shownTotal, type PilotResult } from './model';
import type { PilotState } from './state';

/** How the agreement formats figures, percentages and dates. */
export interface AgreementFormat {
  figure: (n: number) => string;
  percent: (n: number) => string;
  date: (iso: string) => string;
}

/** Why the pilot got its decision, in one sentence (the same words as on the page). */
export function decisionReason(r: Extract<PilotResult, { status: 'decided' }>, pct: (n: number) => string): string {
  const total = pct(shownTotal(r.total));
  if (r.vetoes.length > 0) {
    const names = r.vetoes.map((v) => `“${v}”`).join(' and ');
    return `the must-have ${names} ${r.vetoes.length === 1 ? 'is' : 'are'} worse than the minimum, whatever the total (${total}).`;
  }
  if (r.decision === 'GO') return `the weighted score is ${total}, at or above ${pct(GO_AT)}.`;
  if (r.decision === 'GO with conditions')
    return `the weighted score is ${total}. Agree how and by when these reach their target: ${r.short.join(', ')}.`;
  return `the weighted score is ${total}, below ${pct(CONDITIONS_AT)}.`;
}

/** The agreement as document blocks. */
export function agreementBlocks(s: PilotState, f: AgreementFormat): DocumentBlocks {
  const fill = (text: string, what: string) => text.trim() || blank(what);
  const end = endDate(s.start, s.weeks);
  const scope = linesOf(s.scope);
  const sum = s.criteria.reduce((a, c) => a + c.weight, 0);
  const share = (w: number) => (sum > 0 ? f.percent((100 * w) / sum) : '—');
  const fig = (n: number | null) => (n === null ? blank('to set') : f.figure(n));
  const period =
    s.start && s.weeks !== null
      ? `From ${f.date(s.start)} for ${s.weeks} week${s.weeks === 1 ? '' : 's'}, to ${f.date(end!)}.`
      : s.start
        ? `From ${f.date(s.start)} for ${blank('number of')} weeks.`
        : s.weeks !== null
          ? `From ${blank('start date')} for ${s.weeks} week${s.weeks === 1 ? '' : 's'}.`
          : `From ${blank('start date')} for ${blank('number of')} weeks.`;
  const review = s.review ? f.date(s.review) : end ? f.date(end) : blank('review date');
  const r = decide(s.criteria);

  const blocks: DocumentBlocks = [
    { kind: 'heading', level: 1, text: `Pilot agreement with ${fill(s.vendor, 'vendor')}` },
    {
      kind: 'note',
      text: 'Agreed by both sides before the pilot starts. A plain template to adapt: it does not replace the vendor’s terms or a lawyer’s review, and it is guidance, not legal advice.',
    },
    { kind: 'heading', level: 2, text: 'The work' },
    scope.length > 1
      ? { kind: 'list', items: scope.map((text) => ({ text })) }
      : {
          kind: 'para',
          para: { text: scope[0] ?? blank('The tasks in the pilot, with volumes and the systems used.') },
        },
    { kind: 'para', para: { text: 'Anything else needs written agreement first.' } },
    { kind: 'heading', level: 2, text: 'Period and price' },
    {
      kind: 'list',
      items: [
        { lead: 'Period:', text: period },
        { lead: 'Review and decision:', text: `on ${review}, using the pass marks below.` },
        { lead: 'Price:', text: fill(s.price, 'fixed fee or rate') },
      ],
    },
    { kind: 'heading', level: 2, text: 'Pass marks' },
  ];

  if (s.criteria.length === 0)
    blocks.push({ kind: 'para', para: { text: blank('Three to six criteria, each with a target and a minimum.') } });
  else
    blocks.push({
      kind: 'table',
      head: ['Criterion', 'Weight', 'Target', 'Minimum', 'Better when', 'Must-have', 'How it is measured'],
      rows: s.criteria.map((c, k) => [
        criterionLabel(c.name, k),
        share(c.weight),
        fig(c.target),
        fig(c.minimum),
        c.lowerIsBetter ? 'lower' : 'higher',
        c.mustHave ? 'yes' : 'no',
        fill(c.how, 'to agree'),
      ]),
    });

  blocks.push(
    { kind: 'heading', level: 2, text: 'How we decide' },
    {
      kind: 'para',
      para: {
        text: 'Each criterion scores 1 at or better than its target, 0.5 from its minimum up to the target, and 0 when worse than its minimum. The scores are weighted as above and added up to a percentage.',
      },
    },
    {
      kind: 'list',
      items: [
        { lead: 'NO-GO', text: 'if any must-have is worse than its minimum, whatever the total.' },
        { lead: 'GO', text: `at ${f.percent(GO_AT)} or more.` },
        {
          lead: 'GO with conditions',
          text: `from ${f.percent(CONDITIONS_AT)} up to ${f.percent(GO_AT)}: we write down what must improve, by when and how we will check it.`,
        },
        { lead: 'NO-GO', text: `below ${f.percent(CONDITIONS_AT)}.` },
      ],
    },
    { kind: 'heading', level: 2, text: 'What happens next' },
    {
      kind: 'list',
      items: [
        { lead: 'GO:', text: 'we move to the contract and a phased handover; these pass marks become the first KPIs.' },
        { lead: 'GO with conditions:', text: 'we go ahead once the conditions are written down and agreed.' },
        {
          lead: 'NO-GO:',
          text: 'we stop. The vendor returns or deletes our data and removes its access within 5 working days; the work done is paid as agreed.',
        },
      ],
    },
  );

  // Once every actual is in, the outcome in one line (the scores are on the decision page).
  if (r.status === 'decided')
    blocks.push(
      { kind: 'heading', level: 2, text: 'Result' },
      { kind: 'para', para: { lead: `${r.decision}:`, text: decisionReason(r, f.percent) } },
    );

  blocks.push({
    kind: 'para',
    para: { text: 'Signed for [your business]: ______ Date: ______ · Signed for the vendor: ______ Date: ______' },
  });
  return blocks;
}
