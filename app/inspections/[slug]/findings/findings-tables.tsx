import Link from 'next/link';
import { Table, Tag } from '@/app/_components/govuk';
import { describeComparison, compareWithOtherForces } from '@/lib/findings/comparison';
import { groupByTheme, type QuestionResult, type ScopeResult } from '@/lib/findings/compute';
import type { CountKind } from '@/lib/findings/drill-down';
import { wholePercent, wholePercentOf } from '@/lib/stats/rounding';
import type { FindingsFilter } from '@/lib/validation/findings-filter';
import { findingsHref } from './load';

const number = new Intl.NumberFormat('en-GB');

interface Props {
  slug: string;
  filter: FindingsFilter;
  scope: ScopeResult;
  /** All forces, when this scope is a force to compare with the rest. */
  compareWith?: ScopeResult;
}

function CountLink({ n, kind, q, props }: { n: number; kind: CountKind; q: QuestionResult; props: Props }) {
  if (n === 0) return <>0</>;
  const what = kind === 'relevant' ? 'relevant files' : `files ${kind.replace('_', ' ')}`;
  return (
    <Link
      className="govuk-link"
      href={findingsHref(props.slug, 'files', props.filter, { question: q.code, result: kind, scope: props.scope.key })}
    >
      {number.format(n)}
      <span className="govuk-visually-hidden">{` ${what}: ${q.wording} (${props.scope.label})`}</span>
    </Link>
  );
}

function MetOfRelevant({ q, props }: { q: QuestionResult; props: Props }) {
  if (q.relevant === 0) return <>No relevant files</>;
  const counts = (
    <>
      <CountLink n={q.counts.met} kind="met" q={q} props={props} /> of <CountLink n={q.relevant} kind="relevant" q={q} props={props} />
    </>
  );
  const provisional = props.filter.provisional ? <span className="app-provisional"> provisional</span> : null;
  if (q.smallSample || !q.interval) {
    return (
      <>
        {counts} <Tag colour="yellow">Small sample</Tag>
        <span className="govuk-visually-hidden">: fewer than 10 relevant files, so no percentage is given</span>
        {provisional}
      </>
    );
  }
  return (
    <>
      {counts} ({wholePercentOf(q.counts.met, q.relevant)}%; 95% CI {wholePercent(q.interval.low)}%–{wholePercent(q.interval.high)}%)
      {provisional}
    </>
  );
}

/** One table per theme for a scope: met of relevant with its interval, and the rest beside it. */
export function FindingsTables(props: Props) {
  const { scope, compareWith } = props;
  const compared = new Map(compareWith?.questions.map((q) => [q.code, q]));
  return (
    <>
      {groupByTheme(scope.questions).map(({ theme, items }) => (
        <Table<QuestionResult>
          key={theme}
          caption={`${theme}${props.filter.provisional ? ' (provisional)' : ''}`}
          captionSize="s"
          rows={items}
          rowKey={(q) => q.code}
          firstCellIsHeader
          columns={[
            { header: 'Question', cell: (q) => q.wording },
            { header: 'Met of relevant', cell: (q) => <MetOfRelevant q={q} props={props} /> },
            { header: 'Partly', cell: (q) => <CountLink n={q.counts.partly} kind="partly" q={q} props={props} />, numeric: true },
            { header: 'Not met', cell: (q) => <CountLink n={q.counts.notMet} kind="not_met" q={q} props={props} />, numeric: true },
            {
              header: 'Not applicable',
              cell: (q) => <CountLink n={q.counts.notApplicable} kind="not_applicable" q={q} props={props} />,
              numeric: true,
            },
            {
              header: 'Unanswered',
              cell: (q) => <CountLink n={q.counts.unanswered} kind="unanswered" q={q} props={props} />,
              numeric: true,
            },
            ...(compareWith
              ? [
                  {
                    header: 'Compared with the other forces',
                    cell: (q: QuestionResult) => {
                      const all = compared.get(q.code);
                      return all ? <Comparison text={describeComparison(scope.label, compareWithOtherForces(q, all))} /> : null;
                    },
                  },
                ]
              : []),
          ]}
        />
      ))}
    </>
  );
}

function Comparison({ text }: { text: string }) {
  const [verdict, ...rest] = text.split(': ');
  return rest.length ? (
    <>
      <strong>{verdict}</strong>: {rest.join(': ')}
    </>
  ) : (
    <>{text}</>
  );
}
