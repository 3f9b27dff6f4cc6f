'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useActionState, useCallback, useRef, useState, type SyntheticEvent } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { useHydrated } from '@/app/_components/forms/use-hydrated';
import { Button, ErrorSummary, type ErrorItem } from '@/app/_components/govuk';
import { resolveField, reviewFieldOrder, reviewFormSchema, snapshotToForm, type ReviewIntent } from '@/lib/criteria';
import type { ReviewPageData } from '@/lib/reviews/review-page';
import type { SaveOutcome } from '@/lib/reviews/save-review';
import { saveReviewAction } from '../actions';
import { reviewOutcome } from './review-state';
import { ConflictPanel, type ConflictView } from './conflict-panel';
import { FileFactsSection } from './file-facts';
import { Heading } from './heading';
import { formApplicability, formFacts, formFields, toFormData, toRecord, type FormRecord } from './form-values';
import { QuestionsByTheme } from './questions-by-theme';
import { savedStatus } from './review-saver';
import { SaveStatus } from './save-status';
import { SetAsideNotice, setAsideItems } from './set-aside';
import { startingPoint } from './starting-point';
import { useAutosave } from './use-autosave';
import { useLeaveGuard } from './use-leave-guard';
import { useOfflinePage } from './use-offline-page';

interface Props {
  data: ReviewPageData;
  userId: number;
}

/** A redirect thrown back to the caller of a server action that moved the page on. */
function isNavigation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'digest' in error &&
    typeof error.digest === 'string' &&
    error.digest.startsWith('NEXT_REDIRECT')
  );
}

function clientErrorItems(errors: FieldErrors<FormRecord>, order: string[]): ErrorItem[] {
  const items = order.flatMap((field) => {
    const message = errors[field]?.message;
    return typeof message === 'string' ? [{ field, message }] : [];
  });
  // A problem with the form as a whole (not one field) still has to be said.
  const other = Object.keys(errors).some((key) => !order.includes(key));
  return other && items.length === 0 ? [{ message: 'This form could not be read. Reload the page and try again.' }] : items;
}

/**
 * The whole review of one file on one page: facts at the top, questions by theme. Without
 * JavaScript it is a plain form posting to the save action. With it, answers save a moment after
 * each change, unsent answers are kept in the browser, and a stale save becomes a choice.
 */
export function ReviewForm({ data, userId }: Props) {
  const { template } = data;
  const fileId = data.file.id;
  const [state, formAction] = useActionState(saveReviewAction, null);
  const [start] = useState(() => startingPoint(data, state));
  const hydrated = useHydrated();
  const [conflict, setConflict] = useState<ConflictView | null>(start.conflict);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>(start.errors);
  const [formError, setFormError] = useState<string | null>(start.formError);
  const [showClientErrors, setShowClientErrors] = useState(false);
  // Bumped each time a button's errors are shown: the error summary takes focus then, not as fields change.
  const [attempt, setAttempt] = useState(0);
  const offline = useOfflinePage();
  // The intent of the last button pressed: errors shown for it are checked again as fields change.
  const intentRef = useRef<ReviewIntent>('stay');
  const showErrorsRef = useRef(false);

  const resolver: Resolver<FormRecord> = useCallback(
    (values, context, options) => {
      const schema = reviewFormSchema({ template, facts: data.facts }, { complete: intentRef.current === 'check' });
      const envelope = { version: String(start.version), intent: intentRef.current };
      return (zodResolver(schema) as unknown as Resolver<FormRecord>)({ ...values, ...envelope }, context, options);
    },
    [template, data.facts, start.version],
  );
  // react-hook-form keeps a field edited before the script ran (it reads such fields from the page).
  const form = useForm<FormRecord>({ defaultValues: start.values, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const watched = useWatch({ control: form.control });
  // Read on every render: react-hook-form only keeps formState.errors current for a component that reads it.
  const clientErrors = form.formState.errors;
  const values = toRecord(watched);
  const fields = formFields(template);

  const read = useCallback((): FormRecord => {
    const all = toRecord(form.getValues());
    return Object.fromEntries(fields.map((f) => [f, all[f] ?? '']));
  }, [form, fields]);

  const send = useCallback(
    async (vals: FormRecord, version: number, extra: Record<string, string> = {}): Promise<SaveOutcome> =>
      reviewOutcome(
        await saveReviewAction(null, toFormData(vals, { file: String(fileId), version: String(version), intent: 'stay', ...extra })),
      ).outcome,
    [fileId],
  );

  const { saverRef, status, setStatus, restored } = useAutosave({
    form,
    template,
    facts: data.facts,
    start,
    fields,
    userId,
    fileId,
    read,
    send,
    onConflict: (outcome) => {
      setConflict(outcome);
      setServerErrors(outcome.fieldErrors);
    },
    onChange: () => {
      if (showErrorsRef.current) void form.trigger();
    },
  });

  useLeaveGuard(useCallback(() => saverRef.current?.dirty ?? false, [saverRef]));

  const handleOutcome = (outcome: SaveOutcome, sent: FormRecord, resolving: boolean) => {
    const saver = saverRef.current;
    if (!saver) return;
    setAttempt((n) => n + 1);
    if (outcome.kind === 'saved') {
      const errors = outcome.fieldErrors;
      setServerErrors(errors);
      if (resolving) {
        setConflict(null);
        const next = {
          ...snapshotToForm(template, outcome.snapshot),
          ...Object.fromEntries(
            Object.keys(errors)
              .filter((f) => f in sent)
              .map((f) => [f, sent[f] ?? '']),
          ),
        };
        form.reset(next);
        saver.accepted(next, outcome.version, Object.keys(errors).length === 0);
      } else saver.accepted(sent, outcome.version, Object.keys(errors).length === 0);
      setStatus(savedStatus(outcome.savedAt, errors));
    } else if (outcome.kind === 'conflict') {
      setConflict(outcome);
      setServerErrors(outcome.fieldErrors);
      setStatus({ kind: 'conflict' });
    } else {
      setFormError(outcome.message);
      setStatus({ kind: 'refused', message: outcome.message });
    }
  };

  const submit = async (intent: ReviewIntent) => {
    const saver = saverRef.current;
    if (!saver) return;
    saver.pause();
    await saver.settle();
    intentRef.current = intent;
    const valid = await form.trigger();
    if (!valid) {
      showErrorsRef.current = true;
      setShowClientErrors(true);
      setAttempt((n) => n + 1);
      saver.resume();
      return;
    }
    setShowClientErrors(false);
    showErrorsRef.current = false;
    setFormError(null);
    const sent = read();
    const resolving = conflict !== null;
    const all = toRecord(form.getValues());
    const extra: Record<string, string> = resolving
      ? {
          against: String(conflict.version),
          ...Object.fromEntries(conflict.differences.map((k) => [resolveField(k), all[resolveField(k)] ?? ''])),
        }
      : {};
    setStatus({ kind: 'saving' });
    try {
      const result = await saveReviewAction(
        null,
        toFormData(sent, { file: String(fileId), version: String(saver.version), intent, ...extra }),
      );
      handleOutcome(reviewOutcome(result).outcome, sent, resolving);
    } catch (error) {
      if (isNavigation(error)) {
        // Saved in full: the server is taking the inspector on to the next page.
        saver.accepted(sent, saver.version, true);
        return;
      }
      setStatus({ kind: 'retrying', offline: !navigator.onLine });
      setFormError('Your answers could not be sent. They are kept in this browser and will be sent when the connection is back.');
    }
    saver.resume();
  };

  const onSubmit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    const value = (event.nativeEvent.submitter as HTMLButtonElement | null)?.value;
    void submit(value === 'check' || value === 'save' ? value : 'stay');
  };

  // The tag follows the saves: a file not started is in progress once its first answer has saved.
  const liveStatus = data.status === 'not-started' && status.kind === 'saved' && status.at !== null ? 'in-progress' : data.status;
  const order = [...reviewFieldOrder(template), ...(conflict?.differences.map(resolveField) ?? [])];
  const errorItems: ErrorItem[] = showClientErrors
    ? clientErrorItems(clientErrors, order)
    : [
        ...(formError ? [{ message: formError }] : []),
        ...order.filter((f) => serverErrors[f]).map((f) => ({ field: f, message: serverErrors[f] ?? '' })),
      ];
  const errorFor = (field: string) => errorItems.find((e) => e.field === field)?.message;
  const applies = hydrated ? formApplicability(template, values, data.facts) : null;
  const facts = hydrated ? formFacts(data.template, values, data.facts) : data.facts;
  const factErrors = Object.fromEntries(fields.filter((f) => f.startsWith('fact_')).map((f) => [f, errorFor(f)]));
  const factsChanged = hydrated && fields.some((f) => f.startsWith('fact_') && values[f] !== start.values[f]);

  return (
    <>
      <ErrorSummary errors={errorItems} focusKey={attempt} />
      <Heading data={data} status={liveStatus} />
      <form action={formAction} onSubmit={onSubmit} noValidate data-offline={offline} data-testid="review-form">
        <input type="hidden" name="file" value={fileId} />
        <input type="hidden" name="version" value={start.version} />
        <SaveStatus status={status} restored={restored} />
        {conflict ? (
          <ConflictPanel
            conflict={conflict}
            template={template}
            mine={hydrated ? values : start.values}
            register={form.register}
            initial={start.values}
            errors={Object.fromEntries(order.map((f) => [f, errorFor(f)]))}
          />
        ) : null}
        <FileFactsSection
          file={data.file}
          facts={facts}
          register={form.register}
          initial={start.values}
          errors={factErrors}
          open={factsChanged || Object.values(factErrors).some(Boolean)}
        >
          <SetAsideNotice items={setAsideItems(template, hydrated ? values : start.values, applies, data.setAside)} />
        </FileFactsSection>
        <QuestionsByTheme
          template={template}
          register={form.register}
          initial={start.values}
          values={hydrated ? values : start.values}
          applies={applies}
          errorFor={errorFor}
        />
        <div className="govuk-button-group">
          <Button name="intent" value="check">
            Continue
          </Button>
          <Button name="intent" value="save" variant="secondary">
            Save and come back later
          </Button>
        </div>
      </form>
    </>
  );
}
