'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * Copies a sentence to the clipboard. Shown only once JavaScript is running: without it, the
 * sentence is ordinary text to select and copy.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  // False on the server and before hydration; true in a browser that can copy.
  const ready = useSyncExternalStore(
    noSubscription,
    () => Boolean(navigator.clipboard),
    () => false,
  );
  const [copied, setCopied] = useState(false);
  if (!ready) return null;
  return (
    <>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
        data-module="govuk-button"
        onClick={() => {
          void navigator.clipboard.writeText(text).then(() => {
            setCopied(true);
          });
        }}
      >
        Copy<span className="govuk-visually-hidden"> the sentence about {label}</span>
      </button>
      <span role="status" className="govuk-body-s govuk-!-margin-left-2">
        {copied ? 'Copied' : ''}
      </span>
    </>
  );
}
