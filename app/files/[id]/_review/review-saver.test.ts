import { describe, expect, it, vi } from 'vitest';
import type { SaveOutcome } from '@/lib/reviews/save-review';
import type { Draft, DraftStore } from './draft-store';
import { ReviewSaver, type SaverStatus } from './review-saver';
import { statusText } from './save-status';

function memoryDrafts(): DraftStore & { current: Draft | null } {
  const store = {
    current: null as Draft | null,
    load: () => store.current,
    save: (d: Draft) => {
      store.current = d;
    },
    clear: () => {
      store.current = null;
    },
  };
  return store;
}

const snapshot = { facts: { outcome: null, flags: { domestic_abuse: false } }, answers: {} };

const saved = (version: number, fieldErrors: Record<string, string> = {}): SaveOutcome => ({
  kind: 'saved',
  version,
  savedAt: '2017-06-05T13:02:00.000Z',
  snapshot,
  changed: true,
  fieldErrors,
});

function setup(send: (values: Record<string, string>, version: number) => Promise<SaveOutcome>) {
  vi.useFakeTimers();
  let values: Record<string, string> = { answer_a: '' };
  const statuses: SaverStatus[] = [];
  const drafts = memoryDrafts();
  const conflicts: SaveOutcome[] = [];
  const sendMock = vi.fn(send);
  const saver = new ReviewSaver({
    version: 3,
    saved: { ...values },
    read: () => values,
    send: sendMock,
    drafts,
    onStatus: (s) => statuses.push(s),
    onConflict: (c) => conflicts.push(c),
  });
  return {
    saver,
    statuses,
    drafts,
    conflicts,
    send: sendMock,
    set(next: Record<string, string>) {
      values = { ...values, ...next };
      saver.changed();
    },
  };
}

describe('autosave', () => {
  it('saves once a moment after a burst of changes, with the version, and then has nothing to keep', async () => {
    const t = setup((_v, version) => Promise.resolve(saved(version + 1)));
    t.set({ answer_a: 'yes' });
    t.set({ answer_a: 'no', note_a: 'why' });
    expect(t.drafts.current?.values.answer_a).toBe('no');
    expect(t.send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.send).toHaveBeenCalledTimes(1);
    expect(t.send.mock.calls[0]?.[1]).toBe(3);
    expect(t.saver.version).toBe(4);
    expect(t.saver.dirty).toBe(false);
    expect(t.drafts.current).toBeNull();
    expect(t.statuses.map((s) => s.kind)).toEqual(['saving', 'saved']);
  });

  it('keeps the answers and tries again when the connection drops', async () => {
    let online = false;
    const t = setup((_v, version) => (online ? Promise.resolve(saved(version + 1)) : Promise.reject(new TypeError('Failed to fetch'))));
    t.set({ answer_a: 'yes' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.statuses.at(-1)).toEqual({ kind: 'retrying', offline: false });
    expect(t.drafts.current).toMatchObject({ version: 3, values: { answer_a: 'yes' } });
    expect(t.saver.dirty).toBe(true);
    online = true;
    t.saver.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.statuses.at(-1)?.kind).toBe('saved');
    expect(t.drafts.current).toBeNull();
    expect(t.send).toHaveBeenCalledTimes(2);
  });

  it('stops at a conflict and keeps the draft against the version it was based on', async () => {
    const t = setup(() =>
      Promise.resolve({
        kind: 'conflict',
        version: 5,
        snapshot,
        differences: ['answer_a'],
        changedBy: 'Tom Reid',
        changedAt: null,
        fieldErrors: {},
      }),
    );
    t.set({ answer_a: 'yes' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.conflicts).toHaveLength(1);
    t.set({ answer_a: 'no' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.send).toHaveBeenCalledTimes(1);
    expect(t.drafts.current).toMatchObject({ version: 3, values: { answer_a: 'no' } });
  });

  it('sends changes made while a save was on its way, straight after it', async () => {
    let release: (o: SaveOutcome) => void = () => undefined;
    const t = setup((_v, version) =>
      version === 3 ? new Promise<SaveOutcome>((r) => (release = r)) : Promise.resolve(saved(version + 1)),
    );
    t.set({ answer_a: 'yes' });
    await vi.advanceTimersByTimeAsync(1000);
    t.set({ answer_b: 'no' });
    release(saved(4));
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.send).toHaveBeenCalledTimes(2);
    expect(t.send.mock.calls[1]?.[0]).toMatchObject({ answer_a: 'yes', answer_b: 'no' });
    expect(t.saver.version).toBe(5);
  });

  it('counts a save with refused fields as not done: the page still warns before leaving', async () => {
    const t = setup((_v, version) => Promise.resolve(saved(version + 1, { note_a: 'Explain why' })));
    t.set({ answer_a: 'no' });
    await vi.advanceTimersByTimeAsync(1000);
    const status = t.statuses.at(-1);
    expect(status).toEqual({ kind: 'saved', at: '2017-06-05T13:02:00.000Z', notSaved: 1, problem: 'Explain why' });
    // The status line gives the server's own reason, not a guess at it.
    expect(status && statusText(status)).toMatch(/^Saved at \d\d:\d\d\. 1 answer is not saved yet: explain why$/);
    expect(t.saver.dirty).toBe(true);
    expect(t.drafts.current?.values.answer_a).toBe('no');
    // The same values are not sent again until something changes.
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.send).toHaveBeenCalledTimes(1);
  });
});
