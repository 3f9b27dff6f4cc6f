import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BackLink, SummaryList, Table, Tag } from '@/app/_components/govuk';
import { outcomeLabel } from '@/domain/codes';
import type { TemplateDefinition, TemplateQuestion } from '@/lib/templates/template-file';
import { COUNT_KINDS, COUNT_LABELS, type CountKind, type FileBehind } from '@/lib/findings/drill-down';
import { crimeTypeName } from '../findings-frame';
import { findingsHref, loadFindingsPage, type SearchParams } from '../load';
import { Pagination } from './pagination';

export const metadata: Metadata = { title: 'Files behind a count' };

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

type Row = Omit<FileBehind, 'classification' | 'notApplicableBecause'> &
  Partial<Pick<FileBehind, 'classification' | 'notApplicableBecause'>>;

const STATUS_LABELS = { draft: 'Draft', submitted: 'Submitted', returned: 'Returned' } as const;

function flags(template: Pick<TemplateDefinition, 'flags'>, file: Row): string {
  const list = template.flags.filter((f) => file.flags.includes(f.code)).map((f) => f.label.toLowerCase());
  return list.length ? list.join(', ') : 'none';
}

function answerCell(question: TemplateQuestion | null, file: Row) {
  if (file.classification === 'not_applicable' && file.notApplicableBecause === 'rule')
    return 'Not asked: the question does not apply to this file';
  if (file.answer === null) return file.reviewId === null ? 'No counted review' : 'Not answered';
  return question?.options.find((o) => o.code === file.answer)?.label ?? file.answer;
}

/**
 * The files behind a count, with the reviewers' rationale: what a lead quotes as evidence, and
 * checks when a force challenges the factual accuracy of a finding.
 */
export default async function FilesBehindCountPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams;
}) {
  const context = await loadFindingsPage(params, searchParams);
  const { inspection, filter, query } = context;
  const scopeParam = single(query.scope) ?? 'all';
  const scope = scopeParam === 'all' ? null : scopeParam;
  const page = Math.max(1, Number.parseInt(single(query.page) ?? '1', 10) || 1);
  const outcomeParam = single(query.outcome);
  const back = findingsHref(inspection.slug, outcomeParam === undefined ? '' : 'outcomes', filter);

  let heading: string;
  let describe: { key: string; value: string }[];
  let rows: Row[];
  let total: number;
  let pageCount: number;
  let currentPage: number;
  let showAnswer = true;
  let question: TemplateQuestion | null = null;
  const { template } = context.scope;

  if (outcomeParam !== undefined) {
    const outcome = outcomeParam === 'none' ? null : Number(outcomeParam);
    if (outcome !== null && !(Number.isInteger(outcome) && outcome >= 1 && outcome <= 22)) notFound();
    const result = await context.scope.filesWithOutcome({
      outcome,
      forceCode: scope,
      crimeType: filter.crimeType,
      provisional: filter.provisional,
      page,
    });
    if (!result) notFound();
    heading = `${outcomeLabel(outcome)}: ${result.total} ${result.total === 1 ? 'file' : 'files'}`;
    describe = [
      { key: 'Outcome', value: outcomeLabel(outcome) },
      { key: 'Forces', value: result.scopeLabel },
    ];
    ({ total, pageCount } = result);
    currentPage = result.page;
    rows = result.files;
    showAnswer = false;
  } else {
    const kind = single(query.result) as CountKind | undefined;
    const questionCode = single(query.question);
    if (!kind || !COUNT_KINDS.includes(kind) || !questionCode) notFound();
    const result = await context.scope.filesBehindCount({
      questionCode,
      kind,
      forceCode: scope,
      crimeType: filter.crimeType,
      provisional: filter.provisional,
      page,
    });
    if (!result) notFound();
    question = result.question;
    heading = `${COUNT_LABELS[kind]}: ${result.total} ${result.total === 1 ? 'file' : 'files'}`;
    describe = [
      { key: 'Question', value: result.question.wording },
      { key: 'Theme', value: result.question.theme },
      { key: 'Forces', value: result.scopeLabel },
    ];
    ({ total, pageCount } = result);
    currentPage = result.page;
    rows = result.files;
  }
  describe.push({ key: 'Crime type', value: filter.crimeType ? crimeTypeName(context, filter.crimeType) : 'All crime types' });
  describe.push({
    key: 'Reviews counted',
    value: filter.provisional ? 'Provisional: submitted, draft and returned reviews' : 'Submitted reviews only',
  });
  const pageHref = (n: number) =>
    findingsHref(inspection.slug, 'files', filter, {
      ...Object.fromEntries(
        Object.entries(query)
          .filter(([k]) => !['force', 'crimeType', 'provisional', 'page'].includes(k))
          .map(([k, v]) => [k, single(v) ?? '']),
      ),
      page: n,
    });

  return (
    <>
      <BackLink href={back}>Back to the findings</BackLink>
      <span className="govuk-caption-l">{inspection.name}</span>
      <h1 className="govuk-heading-l">
        {heading}
        {filter.provisional ? ' (provisional)' : ''}
      </h1>
      {filter.provisional ? <Tag colour="orange">Provisional</Tag> : null}
      <SummaryList rows={describe} />
      {total === 0 ? (
        <p className="govuk-body">No files.</p>
      ) : (
        <Table<Row>
          caption={`Files${pageCount > 1 ? `, page ${currentPage} of ${pageCount}` : ''}`}
          captionSize="m"
          rows={rows}
          rowKey={(f) => f.caseFileId}
          firstCellIsHeader
          columns={[
            {
              header: 'Crime reference',
              cell: (f) => (
                <>
                  <Link className="govuk-link app-nowrap" href={`/files/${f.caseFileId}`}>
                    {f.crimeReference}
                  </Link>
                  <br />
                  <span className="govuk-body-s">
                    <Link className="govuk-link" href={`/files/${f.caseFileId}/history`}>
                      History<span className="govuk-visually-hidden"> of {f.crimeReference}</span>
                    </Link>
                    {f.reviewStatus === 'submitted' ? (
                      <>
                        {' · '}
                        <Link className="govuk-link" href={`/files/${f.caseFileId}/return`}>
                          Return<span className="govuk-visually-hidden"> the review of {f.crimeReference}</span>
                        </Link>
                      </>
                    ) : null}
                  </span>
                </>
              ),
            },
            ...(scope === null ? [{ header: 'Force', cell: (f: Row) => f.forceName }] : []),
            { header: 'Crime type', cell: (f) => crimeTypeName(context, f.crimeType) },
            { header: 'Outcome', cell: (f) => outcomeLabel(f.outcome) },
            { header: 'Flags', cell: (f) => flags(template, f) },
            ...(showAnswer
              ? [
                  { header: 'Answer', cell: (f: Row) => answerCell(question, f) },
                  { header: 'Rationale', cell: (f: Row) => f.note ?? '' },
                ]
              : []),
            { header: 'Reviewer', cell: (f) => f.reviewerName ?? '' },
            { header: 'Review', cell: (f) => (f.reviewStatus ? STATUS_LABELS[f.reviewStatus] : 'Not reviewed') },
          ]}
        />
      )}
      <Pagination page={currentPage} pageCount={pageCount} href={pageHref} />
    </>
  );
}
