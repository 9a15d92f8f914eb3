/**
 * Total cost of engagement: in-house vs outsourced, month by month (SPEC tool 4).
 * Pure functions of validated numbers; nothing is rounded here (only for display).
 *
 * In-house per month  = salary/12 × FTE × (1 + load%) + overhead/12
 *                       + turnover% × replacement% × salary/12 × FTE
 *                       (+ one-off recruiting and training in month 1)
 * Outsourced per month = fee × (1 + contingency%) + oversight hours × rate + tools
 *                       (+ knowledge transfer + parallel months × in-house monthly + legal in month 1)
 *                       (+ exit cost in the last month)
 * where fee = monthly fee | hourly rate × hours | unit price × units, raised by the yearly
 * price increase at the start of each new contract year (months 13, 25, …).
 */

/** How the vendor charges. */
export type PricingModel = 'monthly' | 'hourly' | 'unit';

/** Validated inputs; money in the visitor's currency, percentages in percent units (27 = 27 %). */
export interface CostInputs {
  horizonMonths: number;
  salary: number;
  fte: number;
  loadPct: number;
  overheadAnnual: number;
  turnoverPct: number;
  replacementPct: number;
  recruitingOneOff: number;
  pricing: PricingModel;
  monthlyFee: number;
  hourlyRate: number;
  hoursPerMonth: number;
  unitPrice: number;
  unitsPerMonth: number;
  oversightHours: number;
  oversightRate: number;
  toolsMonthly: number;
  contingencyPct: number;
  knowledgeTransfer: number;
  parallelMonths: number;
  legal: number;
  exitCost: number;
  escalatorPct: number;
}

/** One month of the comparison. */
export interface MonthRow {
  month: number;
  inHouse: number;
  outsourced: number;
  cumInHouse: number;
  cumOutsourced: number;
}

/** A named part of a total, for the cost breakdown. */
export interface CostLine {
  id: string;
  label: string;
  amount: number;
}

/** Everything the tool shows. */
export interface CostAnalysis {
  inHouseMonthly: number;
  /** Outsourced run-rate in year 1 (fee, contingency, oversight, tools; no one-off costs). */
  outsourcedMonthly: number;
  months: MonthRow[];
  totalInHouse: number;
  totalOutsourced: number;
  /** In-house total − outsourced total over the horizon (positive = outsourcing saves). */
  saving: number;
  /** saving / in-house total × 100, or null when the in-house total is 0. */
  savingPct: number | null;
  /** First month whose cumulative outsourced cost ≤ cumulative in-house cost, or null. */
  breakEvenMonth: number | null;
  /** True when, from the break-even month on, outsourcing stays cheaper to the end. */
  staysCheaper: boolean;
  inHouseBreakdown: CostLine[];
  outsourcedBreakdown: CostLine[];
  /** Monthly vendor fee (year-1 terms) above which there is no break-even; null if none exists. */
  breakEvenFeeLimit: number | null;
}

/** The base monthly vendor fee in year 1 under the chosen pricing model. */
export function baseFee(i: CostInputs): number {
  if (i.pricing === 'hourly') return i.hourlyRate * i.hoursPerMonth;
  if (i.pricing === 'unit') return i.unitPrice * i.unitsPerMonth;
  return i.monthlyFee;
}

/** Price factor in month m: (1 + increase%)^(contract years completed). */
export function escalation(i: CostInputs, month: number): number {
  return (1 + i.escalatorPct / 100) ** Math.floor((month - 1) / 12);
}

/** In-house monthly cost, split into its parts. */
export function inHouseParts(i: CostInputs): CostLine[] {
  const pay = (i.salary / 12) * i.fte;
  return [
    { id: 'salary', label: 'Salary', amount: pay },
    { id: 'load', label: 'Benefits and payroll tax', amount: (pay * i.loadPct) / 100 },
    { id: 'overhead', label: 'Overhead', amount: i.overheadAnnual / 12 },
    {
      id: 'turnover',
      label: 'Staff turnover (replacement)',
      amount: (((i.turnoverPct / 100) * i.replacementPct) / 100) * pay,
    },
  ];
}

const sum = (lines: { amount: number }[]) => lines.reduce((a, l) => a + l.amount, 0);

/** Runs the comparison over the horizon. */
export function analyse(i: CostInputs): CostAnalysis {
  const H = i.horizonMonths;
  const inParts = inHouseParts(i);
  const inHouseMonthly = sum(inParts);
  const fee = baseFee(i);
  const c = i.contingencyPct / 100;
  const oversight = i.oversightHours * i.oversightRate;
  const parallel = i.parallelMonths * inHouseMonthly;
  const oneOff = i.knowledgeTransfer + parallel + i.legal;

  const months: MonthRow[] = [];
  let cumIn = 0;
  let cumOut = 0;
  let feeTotal = 0;
  // For the break-even fee limit: cumulative costs other than fee, and the fee multiplier.
  let cumOther = 0;
  let cumFactor = 0;
  let limit = -Infinity;
  for (let m = 1; m <= H; m++) {
    const esc = escalation(i, m);
    const inHouse = inHouseMonthly + (m === 1 ? i.recruitingOneOff : 0);
    const other = oversight + i.toolsMonthly + (m === 1 ? oneOff : 0) + (m === H ? i.exitCost : 0);
    const outsourced = fee * esc * (1 + c) + other;
    cumIn += inHouse;
    cumOut += outsourced;
    feeTotal += fee * esc;
    cumOther += other;
    cumFactor += esc * (1 + c);
    limit = Math.max(limit, (cumIn - cumOther) / cumFactor);
    months.push({ month: m, inHouse, outsourced, cumInHouse: cumIn, cumOutsourced: cumOut });
  }

  const breakEvenIdx = months.findIndex((r) => r.cumOutsourced <= r.cumInHouse);
  const staysCheaper = breakEvenIdx >= 0 && months.slice(breakEvenIdx).every((r) => r.cumOutsourced <= r.cumInHouse);
  const saving = cumIn - cumOut;
  const pct = (saving / cumIn) * 100; // Guarded: tiny in-house totals could overflow.

  return {
    inHouseMonthly,
    outsourcedMonthly: fee * (1 + c) + oversight + i.toolsMonthly,
    months,
    totalInHouse: cumIn,
    totalOutsourced: cumOut,
    saving,
    savingPct: cumIn > 0 && Number.isFinite(pct) ? pct : null,
    breakEvenMonth: breakEvenIdx >= 0 ? breakEvenIdx + 1 : null,
    staysCheaper,
    inHouseBreakdown: [
      ...inParts.map((l) => ({ ...l, amount: l.amount * H })),
      { id: 'recruiting', label: 'Recruiting and training (one-off)', amount: i.recruitingOneOff },
    ],
    outsourcedBreakdown: [
      { id: 'fee', label: 'Vendor fees', amount: feeTotal },
      { id: 'contingency', label: 'Risk contingency', amount: feeTotal * c },
      { id: 'oversight', label: 'Your oversight time', amount: oversight * H },
      { id: 'tools', label: 'Tools and subscriptions', amount: i.toolsMonthly * H },
      { id: 'knowledge', label: 'Knowledge transfer and documentation', amount: i.knowledgeTransfer },
      { id: 'parallel', label: 'Parallel running', amount: parallel },
      { id: 'legal', label: 'Legal and contract', amount: i.legal },
      { id: 'exit', label: 'Exit', amount: i.exitCost },
    ],
    breakEvenFeeLimit: H > 0 && limit >= 0 ? limit : null,
  };
}

/** The verdict a sensitivity move could flip: does outsourcing save money over the horizon? */
export function outsourcingSaves(i: CostInputs): boolean {
  return analyse(i).saving > 0;
}

/** Inputs the sensitivity analysis moves by ±20 %, with their labels. */
export const SENSITIVE_INPUTS: { key: keyof CostInputs; label: string; whole?: boolean }[] = [
  { key: 'horizonMonths', label: 'Horizon', whole: true },
  { key: 'salary', label: 'Annual salary' },
  { key: 'fte', label: 'FTE' },
  { key: 'loadPct', label: 'Benefits and payroll-tax load' },
  { key: 'overheadAnnual', label: 'Annual overhead' },
  { key: 'turnoverPct', label: 'Annual turnover rate' },
  { key: 'replacementPct', label: 'Replacement cost' },
  { key: 'recruitingOneOff', label: 'One-off recruiting and training' },
  { key: 'monthlyFee', label: 'Monthly vendor fee' },
  { key: 'hourlyRate', label: 'Hourly rate' },
  { key: 'hoursPerMonth', label: 'Hours per month' },
  { key: 'unitPrice', label: 'Price per unit' },
  { key: 'unitsPerMonth', label: 'Units per month' },
  { key: 'oversightHours', label: 'Oversight hours per month' },
  { key: 'oversightRate', label: 'Oversight hourly rate' },
  { key: 'toolsMonthly', label: 'Tools and subscriptions' },
  { key: 'contingencyPct', label: 'Risk contingency' },
  { key: 'knowledgeTransfer', label: 'Knowledge transfer and documentation' },
  { key: 'parallelMonths', label: 'Parallel running' },
  { key: 'legal', label: 'Legal and contract costs' },
  { key: 'exitCost', label: 'Exit cost' },
  { key: 'escalatorPct', label: 'Yearly price increase' },
];

/** One input whose ±20 % move changes the verdict. */
export interface Flip {
  key: keyof CostInputs;
  label: string;
  /** −20 or +20: the move that flips the verdict. */
  change: -20 | 20;
}

const PRICING_INPUTS: Record<PricingModel, (keyof CostInputs)[]> = {
  monthly: ['monthlyFee'],
  hourly: ['hourlyRate', 'hoursPerMonth'],
  unit: ['unitPrice', 'unitsPerMonth'],
};

/** Which single inputs, moved by −20 % or +20 %, change whether outsourcing saves money. */
export function sensitivity(i: CostInputs): Flip[] {
  const base = outsourcingSaves(i);
  const unused = new Set(
    Object.values(PRICING_INPUTS)
      .flat()
      .filter((k) => !PRICING_INPUTS[i.pricing].includes(k)),
  );
  const flips: Flip[] = [];
  for (const { key, label, whole } of SENSITIVE_INPUTS) {
    const value = i[key];
    if (unused.has(key) || typeof value !== 'number' || value === 0) continue;
    for (const change of [-20, 20] as const) {
      let moved = value * (1 + change / 100);
      if (whole) moved = Math.max(1, Math.round(moved));
      if (outsourcingSaves({ ...i, [key]: moved }) !== base) {
        flips.push({ key, label, change });
        break;
      }
    }
  }
  return flips;
}
