'use client';

import Link from 'next/link';
import { useActionState, useRef, useState, type SyntheticEvent } from 'react';
import { useHydrated } from '@/app/_components/forms/use-hydrated';
import { summaryItems } from '@/app/_components/forms/action-state';
import { Button, ErrorSummary, NotificationBanner, Select, Table, Tag } from '@/app/_components/govuk';
import { formatDate } from '@/lib/format';
import type { ForceFile } from '@/lib/inspections/force-files';
import { FILE_STATUS_COLOURS, FILE_STATUS_LABELS } from '@/lib/reviews/status';
import { firstErrors } from '@/lib/validation/form-data';
import { assignFilesSchema } from '@/lib/validation/reviews';
import { assignFilesAction } from './actions';

interface Props {
  scope: { slug: string; forceCode: string };
  files: ForceFile[];
  inspectors: { id: number; name: string }[];
}

/**
 * The force's files as a table with a tick box per file, and "assign the ticked files to" below.
 * Without JavaScript it posts as a plain form; with it, the same schema checks the choice first
 * and a "select all" box appears.
 */
export function AssignForm({ scope, files, inspectors }: Props) {
  const [state, formAction, pending] = useActionState(assignFilesAction, null);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const enhanced = useHydrated();
  const formRef = useRef<HTMLFormElement>(null);

  const serverErrors = state && !state.ok ? state : null;
  const ticked = new Set((serverErrors?.values.files ?? '').split(','));
  const errors: Record<string, string | undefined> = clientErrors ?? serverErrors?.fieldErrors ?? {};
  // A problem with the choice of files is about the first box.
  const items = summaryItems(state, ['files', 'inspector'], clientErrors).map((item) =>
    item.field === 'files' ? { ...item, field: `file-${files[0]?.id ?? ''}` } : item,
  );

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    const data = new FormData(event.currentTarget);
    const inspector = data.get('inspector');
    const parsed = assignFilesSchema.safeParse({
      inspector: typeof inspector === 'string' ? inspector : '',
      files: data.getAll('files').filter((v) => typeof v === 'string'),
    });
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    const found = firstErrors(parsed.error);
    setClientErrors({ ...(found.inspector ? { inspector: found.inspector } : {}), ...(found.files ? { files: found.files } : {}) });
  };

  const toggleAll = (checked: boolean) => {
    formRef.current?.querySelectorAll<HTMLInputElement>('input[name="files"]').forEach((box) => {
      box.checked = checked;
    });
  };

  return (
    <>
      <ErrorSummary errors={items} />
      {state?.ok ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">{state.message}</p>
        </NotificationBanner>
      ) : null}
      <form action={formAction} onSubmit={onSubmit} ref={formRef} noValidate>
        <input type="hidden" name="inspection" value={scope.slug} />
        <input type="hidden" name="force" value={scope.forceCode} />
        <div className={`govuk-form-group${errors.files ? ' govuk-form-group--error' : ''}`}>
          {errors.files ? (
            <p id="files-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {errors.files}
            </p>
          ) : null}
          {enhanced && files.length > 0 ? (
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id="select-all"
                  type="checkbox"
                  onChange={(e) => {
                    toggleAll(e.currentTarget.checked);
                  }}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor="select-all">
                  Select all {files.length} files shown
                </label>
              </div>
            </div>
          ) : null}
          <Table<ForceFile>
            caption="Files in the sample"
            captionHidden
            rows={files}
            rowKey={(f) => f.id}
            columns={[
              {
                header: 'Select',
                cell: (f) => (
                  <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                    <div className="govuk-checkboxes__item">
                      <input
                        className="govuk-checkboxes__input"
                        id={`file-${f.id}`}
                        name="files"
                        type="checkbox"
                        value={f.id}
                        defaultChecked={ticked.has(String(f.id))}
                        aria-describedby={errors.files ? 'files-error' : undefined}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={`file-${f.id}`}>
                        <span className="govuk-visually-hidden">Select {f.crimeReference}</span>
                      </label>
                    </div>
                  </div>
                ),
              },
              {
                header: 'Crime reference',
                cell: (f) => (
                  <Link className="govuk-link" href={`/files/${f.id}`}>
                    {f.crimeReference}
                  </Link>
                ),
              },
              { header: 'Crime type', cell: (f) => f.crimeTypeLabel },
              { header: 'Recorded', cell: (f) => <span className="app-nowrap">{formatDate(f.recordedOn)}</span> },
              { header: 'Status', cell: (f) => <Tag colour={FILE_STATUS_COLOURS[f.status]}>{FILE_STATUS_LABELS[f.status]}</Tag> },
              { header: 'Inspector', cell: (f) => f.assigneeName ?? 'Not assigned' },
            ]}
          />
        </div>
        <Select
          id="inspector"
          name="inspector"
          label="Assign the selected files to"
          error={errors.inspector}
          defaultValue={serverErrors?.values.inspector ?? ''}
          options={[{ value: '', label: 'Choose an inspector' }, ...inspectors.map((i) => ({ value: String(i.id), label: i.name }))]}
        />
        <Button disabled={pending}>Assign files</Button>
      </form>
    </>
  );
}
