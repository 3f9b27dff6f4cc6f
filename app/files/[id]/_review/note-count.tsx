'use client';

import { useEffect, useState } from 'react';
import { NOTE_MAX_LENGTH } from '@/lib/criteria';

/** The count shows once three quarters of the limit is used, as GOV.UK's character count does. */
const SHOW_FROM = Math.floor(NOTE_MAX_LENGTH * 0.75);

export function noteCountMessage(note: string): string | null {
  const used = note.trim().length;
  if (used < SHOW_FROM) return null;
  const left = NOTE_MAX_LENGTH - used;
  const n = (k: number) => `${k.toLocaleString('en-GB')} ${k === 1 ? 'character' : 'characters'}`;
  return left >= 0 ? `You have ${n(left)} remaining` : `You have ${n(-left)} too many`;
}

/**
 * How much of a rationale's limit is left, beneath the box. Screen readers hear it once typing
 * pauses (a second), not at every key.
 */
export function NoteCount({ id, note }: { id: string; note: string }) {
  const message = noteCountMessage(note);
  const over = note.trim().length > NOTE_MAX_LENGTH;
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => {
      setAnnounced(message ?? '');
    }, 1000);
    return () => {
      clearTimeout(timer);
    };
  }, [message]);
  return (
    <>
      {message ? (
        <div id={id} className={`govuk-character-count__message ${over ? 'govuk-error-message' : 'govuk-hint'}`} aria-hidden="true">
          {message}
        </div>
      ) : null}
      <div className="govuk-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </>
  );
}
