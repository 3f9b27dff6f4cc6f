'use client';

import { startTransition, useActionState, type SyntheticEvent } from 'react';
import { summaryItems, type ActionState } from '@/app/_components/forms/action-state';
import { Button, Checkboxes, DateInput, ErrorSummary, Input, Select } from '@/app/_components/govuk';
import { FORCES, LARGE_SAMPLE_FORCES } from '@/domain/forces';
import { DATE_FIELDS, inspectionErrorTarget } from '@/lib/validation/inspections';

export interface InspectionFormProps {
  mode: 'create' | 'edit';
  action: (state: ActionState, formData: FormData) => Promise<Exclude<ActionState, null>>;
  templates: { id: number; label: string }[];
  leadCandidates: { id: number; name: string; email: string }[];
  /** The form's starting values, keyed by field name as posted. */
  defaults: Record<string, string>;
  /** Shown instead of the template choice once reviews have started. */
  fixedTemplate?: string;
  /** Forces that have files: they stay in scope at their size. */
  lockedForces?: Record<string, number>;
  submitLabel: string;
}

/** The order errors are listed in, which is the order of the fields on the page. */
function errorOrder(leadIds: number[]): string[] {
  return [
    'name',
    'slug',
    'templateId',
    ...DATE_FIELDS.map((d) => d.name),
    'defaultSampleSize',
    'forces',
    ...FORCES.flatMap((f) => [`force-${f.code}`, `size-${f.code}`]),
    'leads',
    ...leadIds.map((id) => `lead-${id}`),
  ];
}

export function InspectionForm({
  mode,
  action,
  templates,
  leadCandidates,
  defaults,
  fixedTemplate,
  lockedForces = {},
  submitLabel,
}: InspectionFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? defaults;
  const v = (name: string) => values[name] ?? '';
  const error = (name: string) => failed?.fieldErrors[name];
  const firstLead = leadCandidates[0] ? `lead-${leadCandidates[0].id}` : 'leads';
  const target = (field: string) => (field === 'leads' ? firstLead : inspectionErrorTarget(field));
  const errors = summaryItems(state, errorOrder(leadCandidates.map((l) => l.id))).map((item) =>
    item.field ? { ...item, field: target(item.field) } : item,
  );

  // Posting through a transition keeps what was typed: a form action would reset the form.
  const onSubmit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => {
      formAction(data);
    });
  };

  return (
    <>
      <ErrorSummary errors={errors} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <Input
          id="name"
          label="Name"
          hint="As it will appear in reports, like PEEL effectiveness 2017"
          defaultValue={v('name')}
          error={error('name')}
          spellCheck
        />
        {mode === 'create' ? (
          <Input
            id="slug"
            label="Short name"
            hint="Used in web addresses and on the command line, like peel-2017: lower-case letters, numbers and hyphens. It cannot be changed later."
            defaultValue={v('slug')}
            error={error('slug')}
            spellCheck={false}
            autoComplete="off"
            widthClass="govuk-input--width-20"
          />
        ) : null}
        {fixedTemplate ? (
          <div className="govuk-form-group">
            <h2 className="govuk-heading-s govuk-!-margin-bottom-1">Criteria template</h2>
            <p className="govuk-body govuk-!-margin-bottom-1">{fixedTemplate}</p>
            <p className="govuk-hint">The template cannot change now that reviews have started.</p>
          </div>
        ) : (
          <Select
            id="templateId"
            label="Criteria template"
            hint="The version is fixed once the first review starts"
            options={[
              ...(mode === 'create' ? [{ value: '', label: 'Choose a template' }] : []),
              ...templates.map((t) => ({ value: String(t.id), label: t.label })),
            ]}
            defaultValue={v('templateId')}
            error={error('templateId')}
          />
        )}
        <h2 className="govuk-heading-m">Dates</h2>
        {DATE_FIELDS.map((d) => (
          <DateInput
            key={d.name}
            id={d.name}
            legend={d.label}
            hint={
              d.name.startsWith('recorded')
                ? 'Files in a force’s sample must be recorded within this window. For example, 1 1 2017'
                : 'For example, 5 6 2017'
            }
            error={error(d.name)}
            values={{ day: v(`${d.name}-day`), month: v(`${d.name}-month`), year: v(`${d.name}-year`) }}
          />
        ))}
        <h2 className="govuk-heading-m">Sample</h2>
        <Input
          id="defaultSampleSize"
          label="Default sample size"
          hint="Files to sample from each force, unless a force has its own size below"
          inputMode="numeric"
          widthClass="govuk-input--width-4"
          defaultValue={v('defaultSampleSize')}
          error={error('defaultSampleSize')}
        />
        <Checkboxes
          id="forces"
          legend="Forces in scope"
          hint="The PEEL 2017 design sampled 60 files from each force, and 90 from the Metropolitan Police Service, West Midlands Police and West Yorkshire Police."
          error={error('forces') ?? FORCES.map((f) => error(`force-${f.code}`)).find(Boolean)}
          small
          items={FORCES.map((f) => ({
            id: `force-${f.code}`,
            label: f.name,
            defaultChecked: v(`force-${f.code}`) === 'yes',
            hint:
              lockedForces[f.code] !== undefined
                ? `Has ${lockedForces[f.code]} case files: it stays in the inspection, at the same sample size`
                : LARGE_SAMPLE_FORCES.includes(f.code)
                  ? 'PEEL 2017 sampled 90 files here'
                  : undefined,
            conditional: (
              <Input
                id={`size-${f.code}`}
                label={`Sample size for ${f.name}`}
                hint="Leave empty to use the default"
                inputMode="numeric"
                widthClass="govuk-input--width-4"
                defaultValue={v(`size-${f.code}`)}
                error={error(`size-${f.code}`)}
              />
            ),
          }))}
        />
        <Checkboxes
          id="leads"
          legend="Leads"
          hint={
            leadCandidates.length
              ? 'Leads manage this inspection’s samples, assignments and findings'
              : 'There are no people with the lead role yet'
          }
          error={error('leads')}
          small
          items={leadCandidates.map((l) => ({
            id: `lead-${l.id}`,
            label: `${l.name} (${l.email})`,
            defaultChecked: v(`lead-${l.id}`) === 'yes',
          }))}
        />
        <Button disabled={pending}>{submitLabel}</Button>
      </form>
    </>
  );
}
