/**
 * The inputs of the total-cost tool: labels (exactly as the issue names them), hints,
 * kinds, valid ranges and defaults with their sources. The view renders from this list,
 * the store validates against it, and the tests draw random inputs from its ranges.
 */
import type { NumberKind } from '../framework/number-format';
import type { CostInputs } from './model';

/** A numeric input of the tool. */
export interface FieldDef {
  key: Exclude<keyof CostInputs, 'pricing'>;
  label: string;
  hint: string;
  kind: NumberKind;
  min: number;
  max: number;
  /** Default for a small business, and where that number comes from. */
  initial: number;
  source?: string;
  /** Only shown for this pricing model. */
  pricing?: CostInputs['pricing'];
  group: 'horizon' | 'inhouse' | 'vendor' | 'transition';
}

const MONEY_MAX = 100_000_000;

/** All numeric fields, in form order. */
export const FIELDS: FieldDef[] = [
  {
    key: 'horizonMonths',
    group: 'horizon',
    label: 'Horizon (months)',
    hint: 'How far ahead to compare, in whole months (1 to 120). Three years (36) is typical for a first contract.',
    kind: 'integer',
    min: 1,
    max: 120,
    initial: 36,
  },
  {
    key: 'salary',
    group: 'inhouse',
    label: 'Annual salary',
    hint: 'Gross yearly pay of one full-time person doing this work.',
    kind: 'money',
    min: 0,
    max: MONEY_MAX,
    initial: 45_000,
  },
  {
    key: 'fte',
    group: 'inhouse',
    label: 'FTE',
    hint: 'Full-time equivalents the work needs: 0.5 for half a job, 2 for two people.',
    kind: 'number',
    min: 0,
    max: 1000,
    initial: 1,
  },
  {
    key: 'loadPct',
    group: 'inhouse',
    label: 'Benefits and payroll-tax load (%)',
    hint: 'Employer taxes, insurance, pension and benefits as a percentage of salary.',
    kind: 'percent',
    min: 0,
    max: 200,
    initial: 27,
    source:
      'US: the Bureau of Labor Statistics (Employer Costs for Employee Compensation, bls.gov/news.release/ecec.toc.htm) puts benefits at about 30 % of total compensation, about 43 % of wages, paid leave included; a salary already pays for leave, so 25–30 % of salary is our assumption for a starting point. UK: employer National Insurance (15 % of pay above a threshold) plus at least 3 % employer pension, roughly 15 % of a 36,000 salary. Rates change each tax year: use your payroll figures if you have them.',
  },
  {
    key: 'overheadAnnual',
    group: 'inhouse',
    label: 'Annual overhead',
    hint: 'Desk, equipment, software licences and training for the role, per year.',
    kind: 'money',
    min: 0,
    max: MONEY_MAX,
    initial: 6_000,
  },
  {
    key: 'turnoverPct',
    group: 'inhouse',
    label: 'Annual turnover rate (%)',
    hint: 'The chance each year that the person leaves and must be replaced.',
    kind: 'percent',
    min: 0,
    max: 100,
    initial: 15,
  },
  {
    key: 'replacementPct',
    group: 'inhouse',
    label: 'Replacement cost (% of salary)',
    hint: 'Cost of replacing someone who leaves: advertising, interviews, lost output while a new person learns.',
    kind: 'percent',
    min: 0,
    max: 400,
    initial: 20,
    source:
      'About 20 % of salary is a common estimate for roles paid under $75,000 (Center for American Progress, 2012).',
  },
  {
    key: 'recruitingOneOff',
    group: 'inhouse',
    label: 'One-off recruiting and training',
    hint: 'To hire and train someone now; counted in month 1.',
    kind: 'money',
    min: 0,
    max: MONEY_MAX,
    initial: 3_000,
  },
  {
    key: 'monthlyFee',
    group: 'vendor',
    pricing: 'monthly',
    label: 'Monthly vendor fee',
    hint: 'The fixed fee in the vendor’s quote, per month.',
    kind: 'money',
    min: 0,
    max: MONEY_MAX,
    initial: 2_800,
  },
  {
    key: 'hourlyRate',
    group: 'vendor',
    pricing: 'hourly',
    label: 'Hourly rate',
    hint: 'The vendor’s rate per hour.',
    kind: 'money',
    min: 0,
    max: 1_000_000,
    initial: 35,
  },
  {
    key: 'hoursPerMonth',
    group: 'vendor',
    pricing: 'hourly',
    label: 'Hours per month',
    hint: 'Hours the vendor will bill in a typical month.',
    kind: 'number',
    min: 0,
    max: 100_000,
    initial: 80,
  },
  {
    key: 'unitPrice',
    group: 'vendor',
    pricing: 'unit',
    label: 'Price per unit',
    hint: 'Price per item handled: per ticket, invoice, payslip…',
    kind: 'money',
    min: 0,
    max: 1_000_000,
    initial: 4,
  },
  {
    key: 'unitsPerMonth',
    group: 'vendor',
    pricing: 'unit',
    label: 'Units per month',
    hint: 'Items handled in a typical month.',
    kind: 'number',
    min: 0,
    max: 10_000_000,
    initial: 700,
  },
  {
    key: 'oversightHours',
    group: 'vendor',
    label: 'Oversight hours per month',
    hint: 'Your own time managing the vendor: meetings, checking work, answering questions.',
    kind: 'number',
    min: 0,
    max: 1000,
    initial: 6,
  },
  {
    key: 'oversightRate',
    group: 'vendor',
    label: 'Oversight hourly rate',
    hint: 'What an hour of that time costs you: your own pay, or the manager’s, including load.',
    kind: 'money',
    min: 0,
    max: 1_000_000,
    initial: 50,
  },
  {
    key: 'toolsMonthly',
    group: 'vendor',
    label: 'Tools and subscriptions per month',
    hint: 'Software you add for the vendor to work with you: shared inbox, project board, extra licences.',
    kind: 'money',
    min: 0,
    max: MONEY_MAX,
    initial: 60,
  },
  {
    key: 'contingencyPct',
    group: 'vendor',
    label: 'Risk contingency (% of fee)',
    hint: 'A margin for rework, scope changes and surprises. 5–10 % is a prudent start.',
    kind: 'percent',
    min: 0,
    max: 100,
    initial: 5,
    source:
      'An assumption, not a measured figure: 5–10 % of the fee sets aside up to about a month’s fee a year for rework, missed deadlines or disputes. Replace it with the expected cost from your risk register (probability × cost) once you have one.',
  },
  {
    key: 'escalatorPct',
    group: 'vendor',
    label: 'Yearly price increase (%)',
    hint: 'Increase in the vendor’s price at the start of each new contract year.',
    kind: 'percent',
    min: 0,
    max: 100,
    initial: 3,
  },
  {
    key: 'knowledgeTransfer',
    group: 'transition',
    label: 'Knowledge transfer and documentation',
    hint: 'Writing down how the work is done and training the vendor; counted in month 1.',
    kind: 'money',
    min: 0,
    max: MONEY_MAX,
    initial: 2_000,
  },
  {
    key: 'parallelMonths',
    group: 'transition',
    label: 'Parallel running (months)',
    hint: 'Months you keep doing the work in-house while the vendor starts; costed at the in-house monthly cost, in month 1.',
    kind: 'number',
    min: 0,
    max: 24,
    initial: 1,
  },
  {
    key: 'legal',
    group: 'transition',
    label: 'Legal and contract costs',
    hint: 'A lawyer’s review of the contract and data-protection terms; counted in month 1.',
    kind: 'money',
    min: 0,
    max: MONEY_MAX,
    initial: 1_000,
  },
  {
    key: 'exitCost',
    group: 'transition',
    label: 'Exit cost',
    hint: 'Ending the contract: handover back, data return, notice fees; counted in the last month.',
    kind: 'money',
    min: 0,
    max: MONEY_MAX,
    initial: 1_500,
  },
];
