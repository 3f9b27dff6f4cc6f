import type { SaverStatus } from './review-saver';

const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function statusText(status: SaverStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'saving':
      return 'Saving…';
    case 'saved': {
      const at = status.at ? `Saved at ${time.format(new Date(status.at))}` : 'Saved';
      if (status.notSaved === 0) return at;
      const why = status.problem ? status.problem.charAt(0).toLowerCase() + status.problem.slice(1) : 'see the answers marked';
      return status.notSaved === 1
        ? `${at}. 1 answer is not saved yet: ${why}`
        : `${at}. ${status.notSaved} answers are not saved yet, for example: ${why}`;
    }
    case 'retrying':
      return status.offline
        ? 'Not saved – trying again. You seem to be offline: your answers are kept in this browser and will be sent when the connection is back.'
        : 'Not saved – trying again';
    case 'conflict':
      return 'Not saved – this review was changed somewhere else. Choose what to keep.';
    case 'refused':
      return `Not saved – ${status.message}`;
  }
}

/**
 * The autosave state in one line that stays in view at the top of the window while the form
 * scrolls, announced to screen readers as it changes.
 */
export function SaveStatus({ status, restored }: { status: SaverStatus; restored: boolean }) {
  const text = `${restored ? 'Answers you had not saved have been restored from this browser. ' : ''}${statusText(status)}`;
  return (
    <div className="app-save-status">
      <p className="govuk-body-s govuk-!-margin-bottom-0" role="status" data-testid="save-status" data-state={status.kind}>
        {text}
      </p>
    </div>
  );
}
