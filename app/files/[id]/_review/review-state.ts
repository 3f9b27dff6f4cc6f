import type { ActionState } from '@/app/_components/forms/action-state';
import type { SaveOutcome } from '@/lib/reviews/save-review';

/** What the save action's state carries on success: the save's outcome and the form as posted. */
export interface ReviewSaved {
  outcome: SaveOutcome;
  values: Record<string, string>;
}

export type ReviewActionState = ActionState<ReviewSaved>;

/** The save action's state as the review form reads it: a refusal becomes an outcome of its own. */
export function reviewOutcome(state: Exclude<ReviewActionState, null>): ReviewSaved {
  if (state.ok) return state.data ?? { outcome: { kind: 'refused', message: 'The answers could not be saved' }, values: {} };
  return {
    outcome: { kind: 'refused', message: state.formError ?? Object.values(state.fieldErrors)[0] ?? 'The answers could not be saved' },
    values: state.values,
  };
}
