import 'server-only';
import type { z } from 'zod';
import type { ActionProblem, ActionState, ActionSuccess } from '@/app/_components/forms/action-state';
import type { Role } from '@/domain/codes';
import type { Failure, Result } from '@/lib/result';
import { formDataToObject, parseForm, type ParseResult } from '@/lib/validation/form-data';
import { actionUser, type SignedIn } from './guards';
import { clientIp } from './session';
import { reportRefusal } from './refusals';

/** Fields whose posted values are never sent back to the page. */
const SECRET = /password|token/i;

export const UNREADABLE = 'This form could not be read. Reload the page and try again.';
export const NO_ACCESS = 'You do not have access to do this';

/** What the form posted, minus anything secret, to show again beside the errors. */
export function postedValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(Object.entries(formDataToObject(formData)).filter(([key]) => !SECRET.test(key)));
}

/** A failed result as the form's state: field errors, a form error, or every problem in a file. */
export function problemState(failure: Failure, values: Record<string, string>): ActionProblem {
  if (failure.kind === 'refused') return { ok: false, fieldErrors: {}, formError: failure.message, values };
  const { report } = failure;
  if (!report) return { ok: false, fieldErrors: { ...failure.fieldErrors }, formError: failure.formError, values };
  const { problems, total } = report.problems;
  const only = total === 1 ? problems[0] : undefined;
  if (only && only.rows.length === 0) return { ok: false, fieldErrors: { ...failure.fieldErrors, [report.field]: only.message }, values };
  const count = total === 1 ? 'a problem' : `${total.toLocaleString('en-GB')} problems`;
  const message = `The selected file has ${count}, so ${report.outcome}. Fix ${total === 1 ? 'it' : 'them'} and upload the file again`;
  return {
    ok: false,
    fieldErrors: { ...failure.fieldErrors, [report.field]: message },
    values,
    problems: problems.map((p) => p.message),
    problemTotal: total,
  };
}

type Parser<In> = (formData: FormData) => Promise<ParseResult<In>>;

/** A reader for a plain form: its zod schema, the same the browser checks with. Unknown fields are refused. */
export function form<In>(schema: z.ZodType<In>): Parser<In> {
  return async (formData) => parseForm(schema, formData);
}

export interface ActionSpec<In, Value, Data> {
  /** A name for the logs ("review.save"). */
  name: string;
  /** Who may even try: signed-in people with one of these roles (all roles when empty). */
  roles: readonly Role[];
  allowPasswordChange?: boolean;
  /** The use-case: it asks the policy about the object itself. */
  run: (who: SignedIn, input: NoInfer<In>) => Promise<Result<Value>>;
  /** What success shows: a message and data for the page, or a redirect (which never returns). */
  done: (value: NoInfer<Value>, input: NoInfer<In>, who: SignedIn) => ActionSuccess<Data> | Promise<ActionSuccess<Data>>;
  /** What to show again when the form comes back with errors (default: everything posted but secrets). */
  values?: (formData: FormData) => Record<string, string>;
  /** Turns a refusal into the state the form expects (default: the error summary). */
  failed?: (failure: Failure, values: Record<string, string>) => ActionProblem;
}

/**
 * The one shape of a server action. `parse` reads the posted form: `form(schema)`, `withId(…)`,
 * or a reader of its own for forms with files. Then: authorise (a signed-in person with a role that may try) →
 * parse the posted form with its schema → the use-case (which asks the policy about the object)
 * → one Result → the form's state, which the GOV.UK error summary shows. It works the same with
 * and without JavaScript: React posts the same FormData either way and renders the same state.
 */
export function serverAction<In, Value, Data = undefined>(parse: Parser<In>, spec: ActionSpec<In, Value, Data>) {
  return async (_state: ActionState<Data>, formData: FormData): Promise<ActionSuccess<Data> | ActionProblem> => {
    const values = (spec.values ?? postedValues)(formData);
    const failed = spec.failed ?? problemState;
    const who = await actionUser(spec.roles, { allowPasswordChange: spec.allowPasswordChange });
    if (!who) {
      await reportRefusal(spec.name, null, NO_ACCESS);
      return failed({ ok: false, kind: 'refused', status: 403, message: NO_ACCESS }, values);
    }
    const parsed = await parse(formData);
    if (!parsed.ok) {
      const { fieldErrors, formError } = parsed.errors;
      return failed({ ok: false, kind: 'invalid', fieldErrors: fieldErrors as Record<string, string>, formError }, values);
    }
    const result = await spec.run(who, parsed.data);
    if (!result.ok) {
      if (result.kind === 'refused') await reportRefusal(spec.name, who.id, result.message);
      return failed(result, values);
    }
    return spec.done(result.value, parsed.data, who);
  };
}

/**
 * A reader for forms about one object whose id travels in a field (a bound argument cannot be
 * re-rendered by React without JavaScript): the id, and the rest parsed with the form's schema.
 * Whoever posts, the use-case checks the object against them before anything.
 */
export function withId<In>(field: string, schema: z.ZodType<In>, missing: string) {
  return async (formData: FormData): Promise<ParseResult<{ id: number; input: In }>> => {
    const raw = formData.get(field);
    const id = typeof raw === 'string' && /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
    if (id === null) return { ok: false, errors: { fieldErrors: {}, values: {}, formError: missing } };
    const rest = new FormData();
    formData.forEach((value, key) => {
      if (key !== field) rest.append(key, value);
    });
    const parsed = parseForm(schema, rest);
    return parsed.ok ? { ok: true, data: { id, input: parsed.data } } : parsed;
  };
}

/**
 * The same shape for the few actions anyone may post (signing in): parse → use-case → Result →
 * the form's state. There is nobody to authorise yet; the use-case is its own gate.
 */
export function publicAction<In, Value>(
  parse: Parser<In>,
  spec: Pick<ActionSpec<In, Value, undefined>, 'name' | 'values'> & {
    run: (input: NoInfer<In>, ip: string) => Promise<Result<Value>>;
    done: (value: NoInfer<Value>, input: NoInfer<In>) => Promise<never>;
  },
) {
  return async (_state: ActionState, formData: FormData): Promise<ActionProblem> => {
    const values = (spec.values ?? postedValues)(formData);
    const parsed = await parse(formData);
    if (!parsed.ok) {
      const { fieldErrors, formError } = parsed.errors;
      return problemState({ ok: false, kind: 'invalid', fieldErrors: fieldErrors as Record<string, string>, formError }, values);
    }
    const result = await spec.run(parsed.data, await clientIp());
    if (!result.ok) return problemState(result, values);
    return spec.done(result.value, parsed.data);
  };
}
