/**
 * Every stored shape of the site (Zod), one module per tool folder (`src/tools/<folder>/schema.ts`),
 * plus the framework's own: an assembler beside the registry, like definitions.ts. Loaded on
 * demand (framework/lazy-schema.ts), never on a tool page's first visit; declarations pick
 * their schema from it by these names. An architecture test checks that every schema.ts is listed.
 */
export * as framework from './framework/schema';
export * as checklist from './checklist-engine/schema';
export * as communicationPlan from './communication-plan/schema';
export * as goalsScope from './goals-scope/schema';
export * as kpiTracker from './kpi-tracker/schema';
export * as pilotPlanner from './pilot-planner/schema';
export * as questionnaire from './questionnaire-engine/schema';
export * as raci from './raci/schema';
export * as relationshipReview from './relationship-review/schema';
export * as riskRegister from './risk-register/schema';
export * as slaBuilder from './sla-builder/schema';
export * as taskClassifier from './task-classifier/schema';
export * as totalCost from './total-cost/schema';
export * as transitionPlan from './transition-plan/schema';
export * as vendorScorecard from './vendor-scorecard/schema';
