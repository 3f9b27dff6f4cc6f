/**
 * What every server action hands back to its form, with or without JavaScript: nothing yet (null),
 * success (perhaps with a message and data for the page), or what was wrong. Built only by the
 * action adapter (app/_server/action.ts); read by the forms' hooks and the error summary.
 */
export type ActionState<D = undefined> = null | ActionSuccess<D> | ActionProblem;

export interface ActionSuccess<D> {
  ok: true;
  message?: string;
  data?: D;
}

export interface ActionProblem {
  ok: false;
  /** Field id → message. */
  fieldErrors: Record<string, string>;
  /** A problem not tied to one field (shown only in the error summary). */
  formError?: string;
  /** The form as posted, so a page rendered without JavaScript can show it again (never a password). */
  values: Record<string, string>;
  /** Every problem found in an uploaded file, listed beneath it; `problemTotal` counts them all. */
  problems?: string[];
  problemTotal?: number;
}

/** One message in the GOV.UK error summary: about a field (its id), or about the whole form. */
export interface SummaryItem {
  field?: string;
  message: string;
}

/**
 * The error summary's items for a form, the one way every form builds them: the form-wide problem
 * first, then each field's in the order the fields appear, each message once. `client` replaces
 * the server's field errors with what the browser found before sending.
 */
export function summaryItems(
  state: ActionState<unknown>,
  fieldOrder: readonly string[],
  client?: Readonly<Record<string, string | undefined>> | null,
): SummaryItem[] {
  const problem = state && !state.ok ? state : null;
  const fields = client ?? problem?.fieldErrors ?? {};
  const formWide = client ? undefined : problem?.formError;
  const ordered = [...fieldOrder, ...Object.keys(fields).filter((f) => !fieldOrder.includes(f))];
  const items: SummaryItem[] = [
    ...(formWide ? [{ message: formWide }] : []),
    ...ordered.flatMap((field) => {
      const message = fields[field];
      return message ? [{ field, message }] : [];
    }),
  ];
  return items.filter((item, i) => items.findIndex((other) => other.message === item.message) === i);
}
