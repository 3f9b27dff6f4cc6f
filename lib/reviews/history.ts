import { listAuditForCaseFile, type AuditRow } from '@/db/audit';
import { describeAuditAction } from '@/lib/audit/labels';
import type { CriteriaTemplate } from '@/lib/criteria';
import { outcomeLabel } from '@/domain/codes';

export interface HistoryRow {
  id: number;
  at: string;
  who: string;
  what: string;
  /** Old → new, in words; null when the event has no before and after. */
  change: string | null;
  /** Rationale or return reason, where the event carries one. */
  note: string | null;
}

/** Corrections recorded before flags were a template's own named them in camel case (repeatVictim). */
function flagCode(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

const REMOVALS: Record<string, string> = {
  'review.answer-removed': 'Answer removed (no longer applies)',
  'review.answer-set-aside': 'Answer set aside (no longer applies)',
  'review.set-aside-dropped': 'Set-aside answer dropped at submission',
};

interface Words {
  wording: (code: unknown) => string;
  answer: (question: unknown, value: unknown) => string;
  fact: (field: string) => string;
}

function wordsFor(template: CriteriaTemplate): Words {
  const question = (code: unknown) => template.questions.find((q) => q.code === code);
  return {
    wording: (code) => question(code)?.wording ?? String(code),
    answer: (code, value) => {
      if (typeof value !== 'string') return 'No answer';
      return question(code)?.options.find((o) => o.code === value)?.label ?? value;
    },
    fact: (field) => {
      if (field === 'outcome') return 'Outcome';
      const code = flagCode(field);
      return template.flags.find((f) => f.code === code)?.label ?? code;
    },
  };
}

function factWords(field: string, value: unknown): string {
  if (field === 'outcome') return outcomeLabel(typeof value === 'number' ? value : null);
  return value ? 'Yes' : 'No';
}

function noteChange(oldNote: unknown, newNote: unknown): string | null {
  if (oldNote === newNote) return null;
  const words = (n: unknown) => (typeof n === 'string' && n !== '' ? `“${n}”` : 'none');
  return `Rationale: ${words(oldNote)} → ${words(newNote)}`;
}

/** A file's history as a lead reads it: who did what, when, and what it was before and after. */
export async function fileHistory(caseFileId: number, template: CriteriaTemplate): Promise<HistoryRow[]> {
  const rows = await listAuditForCaseFile(caseFileId);
  const words = wordsFor(template);
  return rows.map((r) => {
    const row = describe(r, words);
    // An answers import writes the same events as the form; say where they came from.
    return r.detail?.via === 'answers-import' ? { ...row, what: `${row.what} (from an answers import)` } : row;
  });
}

function describe(r: AuditRow, words: Words): HistoryRow {
  const d = r.detail ?? {};
  const base = { id: r.id, at: r.at, who: r.actorName ?? r.actorLabel ?? 'System' };
  switch (r.action) {
    case 'review.answer-changed':
    case 'review.answer-restored':
      return {
        ...base,
        what: `${r.action === 'review.answer-changed' ? 'Answer changed' : 'Set-aside answer restored (applies again)'}: “${words.wording(d.question)}”`,
        change: `${words.answer(d.question, d.old)} → ${words.answer(d.question, d.new)}`,
        note: noteChange(d.oldNote, d.newNote),
      };
    case 'review.answer-removed':
    case 'review.answer-set-aside':
    case 'review.set-aside-dropped':
      return {
        ...base,
        what: `${REMOVALS[r.action]}: “${words.wording(d.question)}”`,
        change: `${words.answer(d.question, d.old)} → ${r.action === 'review.set-aside-dropped' ? 'Dropped' : 'Not applicable'}`,
        note: noteChange(d.oldNote, d.newNote),
      };
    case 'review.answer-cleared':
      return {
        ...base,
        what: `Answer cleared: “${words.wording(d.question)}”`,
        change: `${words.answer(d.question, d.old)} → No answer`,
        note: noteChange(d.oldNote, d.newNote),
      };
    case 'case-file.corrected': {
      const field = String(d.field);
      return {
        ...base,
        what: `File facts corrected: ${words.fact(field)}`,
        change: `${factWords(field, d.old)} → ${factWords(field, d.new)}`,
        note: null,
      };
    }
    case 'case-file.assigned':
      return { ...base, what: 'File assigned', change: `${typeof d.old === 'string' ? d.old : 'Nobody'} → ${String(d.new)}`, note: null };
    case 'review.returned':
      return {
        ...base,
        what: describeAuditAction(r),
        change: 'Submitted → Returned',
        note: typeof d.reason === 'string' ? `Reason: ${d.reason}` : null,
      };
    case 'review.submitted':
    case 'review.resubmitted':
      return {
        ...base,
        what: describeAuditAction(r),
        change: `${r.action === 'review.resubmitted' ? 'Returned' : 'In progress'} → Submitted`,
        note: null,
      };
    default:
      return { ...base, what: describeAuditAction({ action: r.action, detail: null }), change: null, note: null };
  }
}
