import type { FormRecord } from './form-values';

/** Answers not yet acknowledged by the server, kept so that a reload, a crash or a lost connection loses nothing. */
export interface Draft {
  /** The review version the values were based on. */
  version: number;
  values: FormRecord;
  at: string;
}

export interface DraftStore {
  load(): Draft | null;
  save(draft: Draft): void;
  clear(): void;
}

/** One draft per person and file, in this browser's localStorage. */
export function localDraftStore(userId: number, fileId: number): DraftStore {
  const key = `rcf:review-draft:${userId}:${fileId}`;
  return {
    load() {
      try {
        const raw = window.localStorage.getItem(key);
        if (!raw) return null;
        const draft = JSON.parse(raw) as Partial<Draft>;
        return typeof draft.version === 'number' && draft.values && typeof draft.values === 'object'
          ? { version: draft.version, values: draft.values, at: typeof draft.at === 'string' ? draft.at : '' }
          : null;
      } catch {
        return null;
      }
    },
    save(draft) {
      try {
        window.localStorage.setItem(key, JSON.stringify(draft));
      } catch {
        // Storage full or blocked: the autosave still runs, there is just no local copy.
      }
    },
    clear() {
      try {
        window.localStorage.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}
