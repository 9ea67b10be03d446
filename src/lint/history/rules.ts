/** Every history rule (plan lint --history), in the order they are documented. One file a rule, here. */
import actualRestatedSilently from './history-actual-restated-silently.js';
import reassessmentRewritten from './history-reassessment-rewritten.js';
import targetChangedLate from './history-target-changed-late.js';
import updateBackdated from './history-update-backdated.js';
import type { HistoryRule } from './rule.js';

export const HISTORY_RULES: readonly HistoryRule[] = [targetChangedLate, actualRestatedSilently, reassessmentRewritten, updateBackdated];
