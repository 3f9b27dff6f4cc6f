/** A file's place in review, as leads and inspectors see it (GOV.UK tags). */
export type FileStatus = 'not-started' | 'in-progress' | 'submitted' | 'returned';

export const FILE_STATUS_LABELS: Readonly<Record<FileStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  submitted: 'Submitted',
  returned: 'Returned',
};

export const FILE_STATUS_COLOURS = {
  'not-started': 'grey',
  'in-progress': 'light-blue',
  submitted: 'green',
  returned: 'red',
} as const satisfies Record<FileStatus, string>;

export function fileStatus(reviewStatus: 'draft' | 'submitted' | 'returned' | null): FileStatus {
  if (reviewStatus === 'draft') return 'in-progress';
  if (reviewStatus === 'submitted' || reviewStatus === 'returned') return reviewStatus;
  return 'not-started';
}
