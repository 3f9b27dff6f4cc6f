import Link from 'next/link';
import type { ReactNode } from 'react';

export interface TaskListItem {
  key: string | number;
  title: string;
  href?: string;
  hint?: ReactNode;
  status: ReactNode;
}

/** GOV.UK task list: each item's link is described by its hint and status. */
export function TaskList({ items, idPrefix }: { items: TaskListItem[]; idPrefix: string }) {
  return (
    <ul className="govuk-task-list">
      {items.map((item, i) => {
        const hintId = `${idPrefix}-${i + 1}-hint`;
        const statusId = `${idPrefix}-${i + 1}-status`;
        return (
          <li className={`govuk-task-list__item${item.href ? ' govuk-task-list__item--with-link' : ''}`} key={item.key}>
            <div className="govuk-task-list__name-and-hint">
              {item.href ? (
                <Link
                  className="govuk-link govuk-task-list__link"
                  href={item.href}
                  aria-describedby={[item.hint ? hintId : '', statusId].filter(Boolean).join(' ')}
                >
                  {item.title}
                </Link>
              ) : (
                <div>{item.title}</div>
              )}
              {item.hint ? (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              ) : null}
            </div>
            <div className="govuk-task-list__status" id={statusId}>
              {item.status}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
