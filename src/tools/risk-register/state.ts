/**
 * Stored state of the risk register, version 1: the risks (rows of the table engine, with
 * stable ids), each with inherent and residual ratings, owner, mitigation, contingency plan
 * and the optional probability and cost behind its expected cost. A new visitor starts with
 * none; "Add preset risks" adds the ten that the seeds and the risk guide name. Also the kinds
 * of the offers it makes and takes (here so that tool.ts and accepts.ts share them).
 */
import type { RegisterState, Risk } from './schema';
import type { Rating } from './model';

/** Limits of the list, texts and money. */
export const MAX_RISKS = 40;
export const MAX_TEXT = 200;
export const MAX_LONG = 1000;
export const MAX_COST = 1_000_000_000;

/** The offer's kind, agreed with the total-cost tool: `{ amount }`. */
export const CONTINGENCY_KIND = 'money:risk-contingency';
/** Open due-diligence items as the checklist offers them. */
export const DUE_DILIGENCE_KIND = 'risks:due-diligence';

/** The tool's state (its shape is in schema.ts, loaded only when there is data to read). */
export type { RegisterState, Risk };

/** A new visitor's register: empty. */
export function initialRegister(): RegisterState {
  return { risks: [] };
}

/** A risk with nothing filled in but its name and what it starts from. */
export function blankRisk(id: string, name = ''): Risk {
  return {
    id,
    name,
    likelihood: null,
    impact: null,
    residualLikelihood: null,
    residualImpact: null,
    owner: '',
    mitigation: '',
    contingency: '',
    probability: null,
    cost: null,
  };
}

type Preset = Pick<Risk, 'name' | 'mitigation' | 'contingency'> & { likelihood: Rating; impact: Rating };

const preset = (name: string, likelihood: Rating, impact: Rating, mitigation: string, contingency: string): Preset => ({
  name,
  likelihood,
  impact,
  mitigation,
  contingency,
});

/**
 * The ten risks the seeds name (and content/guides/risk-and-contingency.mdx explains), with a
 * starting score for a typical small business: an assumption to change, not a measurement.
 */
export const PRESET_RISKS: readonly Preset[] = [
  preset(
    'Data breach',
    2,
    5,
    'Named accounts with the least access needed, encryption, a data processing agreement, access removed when people leave.',
    'Change passwords, find out what was exposed, tell customers and the regulator within the legal deadline.',
  ),
  preset(
    'Intellectual property theft or misuse',
    2,
    4,
    'An NDA and a contract clause that gives you the rights to the work; share only what the task needs.',
    'Stop access, collect evidence and take legal advice on the contract and NDA.',
  ),
  preset(
    'Compliance breach',
    2,
    4,
    'Check the vendor’s certificates and processes before signing; put the rules it must follow in the contract.',
    'Pause the affected work, correct it, and report it where the law requires.',
  ),
  preset(
    'Dependency and lock-in',
    3,
    3,
    'Keep accounts and data in your own name, documentation current, and two alternative providers in mind.',
    'Export your data, give notice under the exit terms and move the work to the alternative.',
  ),
  preset(
    'Key person leaves',
    3,
    3,
    'Ask who covers absences; keep the process notes in your own files.',
    'Ask the vendor for a trained replacement within a week; cover urgent work in-house meanwhile.',
  ),
  preset(
    'Quality drops',
    3,
    3,
    'Agreed KPIs with targets and minimums, sample checks every month, feedback at the reviews.',
    'Raise it through the escalation path, agree a dated fix, apply service credits.',
  ),
  preset(
    'Communication breaks down',
    3,
    2,
    'A communication plan with fixed check-ins, one contact on each side and an escalation path.',
    'Call a meeting of both leads, reset expectations in writing.',
  ),
  preset(
    'Cost overrun',
    3,
    3,
    'A fixed scope, change control in the contract, a contingency in the budget, monthly cost checks.',
    'Stop unapproved work, renegotiate the scope or bring part of it back in-house.',
  ),
  preset(
    'Vendor fails or closes',
    1,
    5,
    'Check its finances and years trading; a notice period and data return in the contract.',
    'Switch to the fallback provider or in-house cover; recover your data under the exit terms.',
  ),
  preset(
    'Vendor cannot scale with you',
    2,
    3,
    'Discuss growth before signing; agree how volumes can rise and how fast.',
    'Split the extra work to a second specialist provider.',
  ),
];
