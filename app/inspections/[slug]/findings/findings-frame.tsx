import Link from 'next/link';
import type { ReactNode } from 'react';
import { ErrorSummary, Select, WarningText } from '@/app/_components/govuk';
import { findingsHref, type FindingsPageContext } from './load';

type Page = '' | 'outcomes' | 'sentences';

/** A crime type's label in the inspection's template. */
export function crimeTypeName(context: Pick<FindingsPageContext, 'scope'>, code: string): string {
  return context.scope.template.crimeTypes.find((c) => c.code === code)?.label ?? code;
}

const PAGES: { page: Page; label: string }[] = [
  { page: '', label: 'Findings by question' },
  { page: 'outcomes', label: 'Outcomes' },
  { page: 'sentences', label: 'Report sentences' },
];

/**
 * What every findings page shares: the heading (saying "provisional" when it is), the pages of
 * findings, and the filters. The filter form is a plain GET form: it works without JavaScript and
 * a filtered view can be bookmarked.
 */
export function FindingsFrame({
  context,
  page,
  title,
  children,
}: {
  context: FindingsPageContext;
  page: Page;
  title: string;
  children: ReactNode;
}) {
  const { inspection, forces, filter, errors } = context;
  const provisionalError = errors.find((e) => e.field === 'provisional')?.message;
  return (
    <>
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">{inspection.name}</span>
      <h1 className="govuk-heading-l">{filter.provisional ? `Provisional ${title.toLowerCase()}` : title}</h1>
      {filter.provisional ? (
        <WarningText>
          Provisional: these figures include draft and returned reviews that have not been submitted. They will change. Do not publish them.
        </WarningText>
      ) : null}
      <nav aria-label="Findings pages" className="govuk-!-margin-bottom-6">
        <ul className="govuk-list app-inline-list">
          {PAGES.map((p) => (
            <li key={p.page}>
              {p.page === page ? (
                <strong aria-current="page">{p.label}</strong>
              ) : (
                <Link className="govuk-link" href={findingsHref(inspection.slug, p.page, filter)}>
                  {p.label}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={findingsHref(inspection.slug, page, {})} className="app-filter">
        <h2 className="govuk-heading-m">Filter</h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select
              id="force"
              label="Force"
              defaultValue={filter.force ?? ''}
              error={errors.find((e) => e.field === 'force')?.message}
              options={[{ value: '', label: 'All forces' }, ...forces.map((f) => ({ value: f.code, label: f.name }))]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="crimeType"
              label="Crime type"
              defaultValue={filter.crimeType ?? ''}
              error={errors.find((e) => e.field === 'crimeType')?.message}
              options={[
                { value: '', label: 'All crime types' },
                ...context.scope.template.crimeTypes.map((c) => ({ value: c.code, label: c.label })),
              ]}
            />
          </div>
        </div>
        <div className={`govuk-form-group${provisionalError ? ' govuk-form-group--error' : ''}`}>
          {provisionalError ? (
            <p id="provisional-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {provisionalError}
            </p>
          ) : null}
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="provisional"
                name="provisional"
                type="checkbox"
                value="yes"
                defaultChecked={filter.provisional}
                aria-describedby={provisionalError ? 'provisional-hint provisional-error' : 'provisional-hint'}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="provisional">
                Provisional: include draft and returned reviews
              </label>
              <div id="provisional-hint" className="govuk-hint govuk-checkboxes__hint">
                Only submitted reviews count otherwise. Provisional figures are labelled provisional everywhere, downloads included.
              </div>
            </div>
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Apply filters
        </button>
      </form>
      <p className="govuk-body">
        Showing{' '}
        {filter.force
          ? (forces.find((f) => f.code === filter.force)?.name ?? filter.force) + ' and all forces'
          : 'all forces and each force'}
        {filter.crimeType ? `, ${crimeTypeName(context, filter.crimeType).toLowerCase()} files only` : ', every crime type'}
        {filter.provisional ? ', provisional (drafts included).' : ', submitted reviews only.'}
      </p>
      {children}
    </>
  );
}

/** The scopes a page shows: the chosen force and all forces; or all forces, then every force. */
export function scopeOrder<T extends { key: string }>(scopes: readonly T[], force: string | null): T[] {
  const all = scopes.filter((s) => s.key === 'all');
  const forces = scopes.filter((s) => s.key !== 'all');
  return force ? [...forces.filter((s) => s.key === force), ...all] : [...all, ...forces];
}
