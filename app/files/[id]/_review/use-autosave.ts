import { useEffect, useRef, useState, type RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CriteriaTemplate, FileFacts } from '@/lib/criteria';
import type { SaveOutcome } from '@/lib/reviews/save-review';
import { localDraftStore } from './draft-store';
import { comparable, sameValues, type FormRecord } from './form-values';
import { ReviewSaver, savedStatus, type SaverStatus } from './review-saver';
import type { StartingPoint } from './starting-point';

interface Options {
  form: UseFormReturn<FormRecord>;
  template: CriteriaTemplate;
  facts: FileFacts;
  start: StartingPoint;
  fields: string[];
  userId: number;
  fileId: number;
  read: () => FormRecord;
  send: (values: FormRecord, version: number) => Promise<SaveOutcome>;
  onConflict: (outcome: Extract<SaveOutcome, { kind: 'conflict' }>) => void;
  /** Called on each change while a button's errors are on show, to check them again. */
  onChange: () => void;
}

/**
 * Sets up autosave for the page (once): restores answers this browser kept but the server never
 * got, saves after each change, and tries again when the connection comes back.
 */
export function useAutosave(o: Options): {
  saverRef: RefObject<ReviewSaver | null>;
  status: SaverStatus;
  setStatus: (status: SaverStatus) => void;
  restored: boolean;
} {
  const saverRef = useRef<ReviewSaver | null>(null);
  const [status, setStatus] = useState<SaverStatus>(o.start.savedAt ? savedStatus(o.start.savedAt, o.start.errors) : { kind: 'idle' });
  const [restored, setRestored] = useState(false);
  const options = useRef(o);

  useEffect(() => {
    const { form, template, facts, start, fields, userId, fileId, read, send } = options.current;
    const saved = Object.fromEntries(fields.map((f) => [f, start.values[f] ?? '']));
    const drafts = localDraftStore(userId, fileId);
    const saver = new ReviewSaver({
      version: start.version,
      saved,
      read,
      send,
      drafts,
      onStatus: setStatus,
      onConflict: (outcome) => {
        options.current.onConflict(outcome);
      },
      isOnline: () => navigator.onLine,
    });
    saverRef.current = saver;
    // Answers given before the page's script started are on the page but not yet saved.
    if (!sameValues(read(), saved)) saver.changed();
    const draft = start.conflict ? null : drafts.load();
    if (draft) {
      const merged = {
        ...start.values,
        ...Object.fromEntries(fields.filter((f) => f in draft.values).map((f) => [f, draft.values[f] ?? ''])),
      };
      if (sameValues(comparable(template, merged, facts), comparable(template, start.values, facts))) drafts.clear();
      else {
        form.reset(merged, { keepDefaultValues: true });
        saver.restored(draft);
        queueMicrotask(() => {
          setRestored(true);
        });
      }
    }
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ name, type }) => {
        if (type !== 'change' || !name) return;
        options.current.onChange();
        if (!name.startsWith('resolve_')) saver.changed();
      },
    });
    const online = () => {
      saver.online();
    };
    window.addEventListener('online', online);
    return () => {
      unsubscribe();
      window.removeEventListener('online', online);
      saver.pause();
    };
  }, []);

  return { saverRef, status, setStatus, restored };
}
