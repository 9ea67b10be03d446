/** Every lint rule, in the order they are documented. One file a rule, under rules/. */
import actualFitsFrequency from './rules/actual-fits-frequency.js';
import actualsInPeriod from './rules/actuals-in-period.js';
import completeMeansDone from './rules/complete-means-done.js';
import correctiveActionGiven from './rules/corrective-action-given.js';
import councilReferences from './rules/council-references.js';
import dueWithinPeriod from './rules/due-within-period.js';
import durationMatchesDue from './rules/duration-matches-due.js';
import knownPeople from './rules/known-people.js';
import knownReferences from './rules/known-references.js';
import measureCodesCouncil from './rules/measure-codes-council.js';
import measurePolarity from './rules/measure-polarity.js';
import measureTargetProfile from './rules/measure-target-profile.js';
import measureTargets from './rules/measure-targets.js';
import milestonesWithinAction from './rules/milestones-within-action.js';
import percentRange from './rules/percent-range.js';
import realDates from './rules/real-dates.js';
import reviewDatePassed from './rules/review-date-passed.js';
import riskOnMatrix from './rules/risk-on-matrix.js';
import riskOrdering from './rules/risk-ordering.js';
import riskScoreAgrees from './rules/risk-score-agrees.js';
import riskScored from './rules/risk-scored.js';
import savingsTotals from './rules/savings-totals.js';
import startBeforeDue from './rules/start-before-due.js';
import textCutByComment from './rules/text-cut-by-comment.js';
import uniqueIds from './rules/unique-ids.js';
import unresolvedTbc from './rules/unresolved-tbc.js';
import updateNotFuture from './rules/update-not-future.js';
import updatesInOrder from './rules/updates-in-order.js';
import type { Rule } from './rule.js';

export const RULES: readonly Rule[] = [
  uniqueIds,
  knownReferences,
  councilReferences,
  knownPeople,
  measureCodesCouncil,
  realDates,
  startBeforeDue,
  milestonesWithinAction,
  dueWithinPeriod,
  durationMatchesDue,
  riskOnMatrix,
  riskScoreAgrees,
  riskOrdering,
  riskScored,
  measurePolarity,
  measureTargets,
  measureTargetProfile,
  actualsInPeriod,
  actualFitsFrequency,
  percentRange,
  updateNotFuture,
  updatesInOrder,
  completeMeansDone,
  correctiveActionGiven,
  reviewDatePassed,
  savingsTotals,
  unresolvedTbc,
  textCutByComment,
];

