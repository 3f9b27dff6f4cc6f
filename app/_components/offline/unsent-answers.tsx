'use client';

import Link from 'next/link';
import { useSyncExternalStore } from 'react';
import { WarningText } from '@/app/_components/govuk';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener('storage', onChange);
  };
}

function draftFileIds(userId: number): string {
  const prefix = `rcf:review-draft:${userId}:`;
  const found: number[] = [];
  try {
    for (let i = 0; i < window.localStorage.length; i += 1) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(prefix)) found.push(Number(key.slice(prefix.length)));
    }
  } catch {
    // Storage blocked: there can be no drafts either.
  }
  return found
    .filter((n) => Number.isInteger(n) && n > 0)
    .sort((a, b) => a - b)
    .join(',');
}

/**
 * Before signing out: the files whose answers this browser still holds because they have not
 * reached the service (see the review form's draft store). Signing out keeps them, but they are
 * only sent when the person opens the file again while connected.
 */
export function UnsentAnswers({ userId }: { userId: number }) {
  // A string snapshot (ids joined), so React can compare it; '' on the server, which has no drafts.
  const snapshot = useSyncExternalStore(
    subscribe,
    () => draftFileIds(userId),
    () => '',
  );
  const files = snapshot === '' ? [] : snapshot.split(',').map(Number);
  if (files.length === 0) return null;
  return (
    <>
      <WarningText>
        This browser holds answers to {files.length === 1 ? 'a file' : `${files.length} files`} that have not reached the service yet. Open{' '}
        {files.length === 1 ? 'it' : 'each'} while you are connected, so the answers are saved, before you sign out.
      </WarningText>
      <ul className="govuk-list govuk-list--bullet">
        {files.map((id) => (
          <li key={id}>
            <Link className="govuk-link" href={`/files/${id}`}>
              File {id}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
