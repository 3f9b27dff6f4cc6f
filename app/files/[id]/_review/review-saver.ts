import type { SaveOutcome } from '@/lib/reviews/save-review';
import type { DraftStore } from './draft-store';
import { sameValues, type FormRecord } from './form-values';

export type SaverStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** notSaved: answers the server kept back, and `problem` the first reason (its own words). */
  | { kind: 'saved'; at: string | null; notSaved: number; problem: string | null }
  | { kind: 'retrying'; offline: boolean }
  | { kind: 'conflict' }
  | { kind: 'refused'; message: string };

export interface SaverOptions {
  version: number;
  /** The values the server holds now (what counts as "nothing to save"). */
  saved: FormRecord;
  read: () => FormRecord;
  /** One save of the given values against a version; rejects when the request does not get through. */
  send: (values: FormRecord, version: number, extra?: Record<string, string>) => Promise<SaveOutcome>;
  drafts: DraftStore;
  onStatus: (status: SaverStatus) => void;
  onConflict: (outcome: Extract<SaveOutcome, { kind: 'conflict' }>) => void;
  isOnline?: () => boolean;
  debounceMs?: number;
  retryMs?: readonly number[];
  schedule?: (fn: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
}

/** "Saved", with how many answers the server kept back and why (the first reason). */
export function savedStatus(at: string | null, fieldErrors: Record<string, string>): SaverStatus {
  const problems = Object.values(fieldErrors);
  return { kind: 'saved', at, notSaved: problems.length, problem: problems[0] ?? null };
}

/**
 * Autosave for one review: saves a moment after each change, one request at a time, each carrying
 * the version it was based on. Every change is copied to the draft store before anything is sent
 * and stays there until the server has it, so a reload, a crashed tab or a dropped connection
 * loses nothing. A refused (stale) save stops autosave until the inspector has chosen what to keep.
 */
export class ReviewSaver {
  private currentVersion: number;
  private acked: FormRecord | null;
  private lastSent: FormRecord | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: unknown = null;
  private retryIndex = 0;
  private paused = false;
  private stopped: 'conflict' | 'refused' | null = null;
  private readonly o: Required<Omit<SaverOptions, 'isOnline'>> & { isOnline: () => boolean };

  constructor(options: SaverOptions) {
    this.o = {
      debounceMs: 1000,
      retryMs: [2000, 4000, 8000, 15000],
      schedule: (fn, ms) => setTimeout(fn, ms),
      cancel: (handle) => {
        clearTimeout(handle as ReturnType<typeof setTimeout>);
      },
      isOnline: () => true,
      ...options,
    };
    this.currentVersion = options.version;
    this.acked = options.saved;
  }

  get version(): number {
    return this.currentVersion;
  }

  /** Changes the server does not have yet (or a save still on its way). */
  get dirty(): boolean {
    return this.inFlight !== null || this.acked === null || !sameValues(this.o.read(), this.acked);
  }

  /** Call after every change: keeps a local copy at once and saves shortly. */
  changed(): void {
    this.keepDraft();
    if (this.paused || this.stopped) return;
    this.setTimer(this.o.debounceMs);
  }

  /** Starts from a draft found in this browser: its values are in the form, based on its version. */
  restored(draft: { version: number }): void {
    this.currentVersion = draft.version;
    this.acked = null;
    this.keepDraft();
    this.setTimer(0);
  }

  /** Sends what has not been sent. Resolves when that save (and any it queued) is over. */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    if (this.paused || this.stopped) return;
    const values = this.o.read();
    if (this.lastSent && sameValues(values, this.lastSent) && this.retryIndex === 0) return;
    if (this.acked && sameValues(values, this.acked)) {
      this.o.drafts.clear();
      return;
    }
    this.inFlight = this.sendNow(values);
    await this.inFlight;
  }

  /** Waits for a save already on its way (before a button sends the form itself). */
  async settle(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  pause(): void {
    this.paused = true;
    this.clearTimer();
  }

  resume(): void {
    this.paused = false;
    if (!this.stopped && this.dirty) this.setTimer(this.o.debounceMs);
  }

  /** The connection is back: try at once. */
  online(): void {
    if (this.stopped || this.paused) return;
    if (this.dirty) this.setTimer(0);
  }

  /** The server has these values at this version (a button save, or a resolved conflict). */
  accepted(values: FormRecord, version: number, clean: boolean): void {
    this.currentVersion = version;
    this.lastSent = values;
    this.acked = clean ? values : null;
    this.stopped = null;
    this.retryIndex = 0;
    if (clean && sameValues(this.o.read(), values)) this.o.drafts.clear();
    else this.keepDraft();
  }

  private async sendNow(values: FormRecord): Promise<void> {
    this.o.onStatus({ kind: 'saving' });
    try {
      const outcome = await this.o.send(values, this.currentVersion);
      this.retryIndex = 0;
      this.lastSent = values;
      if (outcome.kind === 'saved') {
        const notSaved = Object.keys(outcome.fieldErrors).length;
        this.currentVersion = outcome.version;
        this.acked = notSaved === 0 ? values : null;
        // Only say "saved" when nothing newer is waiting to go.
        if (sameValues(this.o.read(), values)) this.o.onStatus(savedStatus(outcome.savedAt, outcome.fieldErrors));
      } else if (outcome.kind === 'conflict') {
        this.stopped = 'conflict';
        this.o.onStatus({ kind: 'conflict' });
        this.o.onConflict(outcome);
      } else {
        this.stopped = 'refused';
        this.o.onStatus({ kind: 'refused', message: outcome.message });
      }
    } catch {
      const delay = this.o.retryMs[Math.min(this.retryIndex, this.o.retryMs.length - 1)] ?? 15000;
      this.retryIndex += 1;
      this.o.onStatus({ kind: 'retrying', offline: !this.o.isOnline() });
      this.inFlight = null;
      this.keepDraft();
      if (!this.paused) this.setTimer(delay);
      return;
    }
    this.inFlight = null;
    this.keepDraft();
    // Changes made while that save was on its way go next.
    if (!this.stopped && !this.paused && !sameValues(this.o.read(), values)) this.setTimer(0);
  }

  private keepDraft(): void {
    const values = this.o.read();
    if (this.acked && sameValues(values, this.acked)) this.o.drafts.clear();
    else this.o.drafts.save({ version: this.currentVersion, values, at: new Date().toISOString() });
  }

  private setTimer(ms: number): void {
    this.clearTimer();
    this.timer = this.o.schedule(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.o.cancel(this.timer);
    this.timer = null;
  }
}
