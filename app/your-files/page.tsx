import type { Metadata } from 'next';
import { Tag } from '@/app/_components/govuk';
import { listAssignedFiles } from '@/db/inspections';
import { requireRole } from '@/lib/auth/guards';
import { crimeTypeLabel } from '@/lib/domain/codes';

export const metadata: Metadata = { title: 'Your files' };

const STATUS = {
  none: { label: 'Not started', colour: 'blue' },
  draft: { label: 'In progress', colour: 'light-blue' },
  returned: { label: 'Returned', colour: 'red' },
  submitted: { label: 'Submitted', colour: 'green' },
} as const;

export default async function YourFilesPage() {
  const user = await requireRole('inspector');
  const files = await listAssignedFiles(user.id);
  const groups = new Map<string, typeof files>();
  for (const f of files) {
    const key = `${f.inspectionName} – ${f.forceName}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return (
    <>
      <h1 className="govuk-heading-l">Your files</h1>
      {files.length === 0 ? <p className="govuk-body">No files are assigned to you yet. Your inspection lead assigns them.</p> : null}
      {[...groups.entries()].map(([title, group]) => (
        <section key={title}>
          <h2 className="govuk-heading-m">{title}</h2>
          <ul className="govuk-task-list">
            {group.map((f) => {
              const status = STATUS[f.reviewStatus ?? 'none'];
              return (
                <li className="govuk-task-list__item" key={f.caseFileId}>
                  <div className="govuk-task-list__name-and-hint">
                    {f.crimeReference}
                    <div className="govuk-task-list__hint">{crimeTypeLabel(f.crimeType)}</div>
                  </div>
                  <div className="govuk-task-list__status">
                    <Tag colour={status.colour}>{status.label}</Tag>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
