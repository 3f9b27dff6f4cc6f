import type { Metadata } from 'next';
import { groupByTheme } from '@/lib/findings/compute';
import { reportSentence } from '@/lib/findings/sentences';
import { FindingsFrame, scopeOrder } from '../findings-frame';
import { loadFindingsPage, type SearchParams } from '../load';
import { CopyButton } from './copy-button';

export const metadata: Metadata = { title: 'Report sentences' };

/** A draft sentence per question and scope, in the inspectorate's style, ready to copy into a report. */
export default async function SentencesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: SearchParams }) {
  const context = await loadFindingsPage(params, searchParams);
  const { filter } = context;
  const findings = await context.scope.findings({ provisional: filter.provisional, crimeType: filter.crimeType });
  const scopes = scopeOrder(findings.scopes, filter.force);
  const sentenceContext = {
    forceCount: findings.forces.length,
    crimeType: filter.crimeType,
    crimeTypeLabel: findings.template.crimeTypes.find((c) => c.code === filter.crimeType)?.label ?? null,
    provisional: filter.provisional,
  };
  return (
    <FindingsFrame context={context} page="sentences" title="Report sentences">
      <p className="govuk-body">
        Draft sentences for a report, one for each question and force. Check each against the findings before using it: a sentence gives the
        count, not the judgement.
      </p>
      {groupByTheme(findings.questions).map(({ theme, items }) => (
        <section key={theme}>
          <h2 className="govuk-heading-m">{theme}</h2>
          {items.map((question) => (
            <div key={question.code} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s">{question.wording}</h3>
              {scopes.map((scope) => {
                const result = scope.questions.find((q) => q.code === question.code);
                if (!result) return null;
                const sentence = reportSentence(scope, result, sentenceContext);
                return (
                  <div key={scope.key} className="govuk-inset-text">
                    <p className="govuk-body-s govuk-!-margin-bottom-1">{scope.label}</p>
                    <p className="app-sentence" data-testid={`sentence-${scope.key}-${question.code}`}>
                      {sentence}
                    </p>
                    <CopyButton text={sentence} label={`${question.wording} (${scope.label})`} />
                  </div>
                );
              })}
            </div>
          ))}
        </section>
      ))}
    </FindingsFrame>
  );
}
