/** Plain words for audit actions, for the history tables people read. */

const LABELS: Record<string, string> = {
  'user.created': 'Account created',
  'user.disabled': 'Account disabled',
  'user.enabled': 'Account enabled',
  'user.role-changed': 'Role changed',
  'user.password-reset': 'Password reset by an admin',
  'user.password-changed': 'Password changed',
  'account.password-change-failed': 'Password change failed: wrong current password',
  'account.password-change-refused-locked': 'Password change refused: too many wrong passwords',
  'user.signed-out-everywhere': 'Signed out everywhere',
  'sign-in.succeeded': 'Signed in',
  'sign-in.failed': 'Sign-in failed',
  'sign-in.refused-locked': 'Sign-in refused: too many failed attempts',
  'sign-in.refused-disabled': 'Sign-in refused: account disabled',
  'sign-out': 'Signed out',
  'template.created': 'Criteria template created',
  'inspection.created': 'Inspection created',
  'inspection.updated': 'Inspection changed',
  'inspection.force-added': 'Force added to an inspection',
  'sample.imported': 'Sample imported from a file',
  'sample.drawn': 'Sample drawn from a population file',
  'case-file.replaced': 'File taken out of the sample and replaced',
  'case-file.brought-in': 'Reserve file brought into the sample',
  'api-token.created': 'API token created',
  'api-token.revoked': 'API token revoked',
  'findings.exported': 'Findings exported',
  'answers.exported': 'Answers exported',
  'workbook.completed': 'Workbook exported, content hash recorded',
  'database.backed-up': 'Database backed up',
  'database.restored': 'Database restored from a backup',
  'reviews.generated': 'Generated reviews added (test or benchmark data)',
  'case-file.assigned': 'File assigned',
  'case-file.corrected': 'File facts corrected',
  'review.started': 'Review started',
  'review.answer-changed': 'Answer changed',
  'review.answer-removed': 'Answer removed: the question no longer applies',
  'review.answer-cleared': 'Answer cleared',
  'review.answer-set-aside': 'Answer set aside: the question no longer applies',
  'review.answer-restored': 'Set-aside answer restored: the question applies again',
  'review.set-aside-dropped': 'Set-aside answer dropped when the review was submitted',
  'review.submitted': 'Review submitted',
  'review.resubmitted': 'Review resubmitted',
  'review.returned': 'Review returned to the inspector',
  'answers.imported': 'Answers imported from a spreadsheet',
};

export function describeAuditAction(row: { action: string; detail: Record<string, unknown> | null }): string {
  const label = LABELS[row.action] ?? row.action;
  const detail = row.detail;
  if (detail && 'old' in detail && 'new' in detail) return `${label}: ${String(detail.old)} → ${String(detail.new)}`;
  if (detail?.signInLockLifted === true) return `${label}, lifting the sign-in lock`;
  return label;
}

/** The event's detail as short "key: value" pairs (old → new shown in the action's own words). */
export function describeAuditDetail(row: { detail: Record<string, unknown> | null; ip?: string | null }): string {
  const from = row.ip ? [`from ${row.ip}`] : [];
  if (!row.detail) return from.join('');
  const parts = Object.entries(row.detail)
    .filter(([key]) => key !== 'old' && key !== 'new')
    .map(([key, value]) => {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      return `${key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
    });
  return [...parts, ...from].join('; ');
}
