export { applicability, applicableCodes } from './applicability';
export { checkAnswers, type AnswerIssue, type CheckOptions, type CheckedAnswers, type GivenAnswer } from './check-answers';
export {
  checkFacts,
  factField,
  factKeys,
  factsToForm,
  factValue,
  flagCodes,
  flagLabel,
  flagsFromCodes,
  OUTCOME_KEY,
  type CorrectableFacts,
  type FactKey,
} from './facts';
export { messages, optionLabel, whenAsked } from './messages';
export {
  readReviewForm,
  reviewFieldOrder,
  reviewFormSchema,
  REVIEW_INTENTS,
  type ConflictChoice,
  type ReviewFormContext,
  type ReviewFormOutput,
  type ReviewFormValues,
  type ReviewIntent,
} from './review-form';
export { answerField, noteField, resolveField, sameSnapshot, snapshotDiff, snapshotToForm, type ReviewSnapshot } from './snapshot';
export {
  NOTE_MAX_LENGTH,
  type CriteriaQuestion,
  type CriteriaTemplate,
  type FileFacts,
  type StoredAnswer,
  type StoredAnswers,
} from './types';
