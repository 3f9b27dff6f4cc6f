/**
 * What "met" means for a question, as the end of a sentence ("in 54 of them victim care was
 * appropriate"): the template's `finding` for the question, or, where it gives none, the question
 * quoted with the label of its met answer.
 */
export function metPhrase(question: { wording: string; finding: string | null; metLabel: string }): string {
  if (question.finding !== null && question.finding !== '') return question.finding;
  return `the answer to “${question.wording}” was ${question.metLabel.toLowerCase()}`;
}
