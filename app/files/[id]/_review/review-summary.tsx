import { SummaryList, type SummaryRow } from '@/app/_components/govuk';
import { answerField, applicability, type CriteriaTemplate, type FileFacts, type StoredAnswers } from '@/lib/criteria';

interface Props {
  template: CriteriaTemplate;
  facts: FileFacts;
  answers: StoredAnswers;
  /** Where "Change" links go (the form); none on a read-only view. */
  changeHref?: string;
}

/** The answers to every question that applies, by theme, as GOV.UK summary lists. */
export function ReviewSummary({ template, facts, answers, changeHref }: Props) {
  const given = Object.fromEntries(Object.entries(answers).map(([c, a]) => [c, a.answer]));
  const applies = applicability(template, facts, given);
  const themes = [...new Set(template.questions.map((q) => q.theme))];
  return (
    <>
      {themes.map((theme) => {
        const rows: SummaryRow[] = template.questions
          .filter((q) => q.theme === theme && applies[q.code])
          .map((q) => {
            const a = answers[q.code];
            return {
              key: q.wording,
              value: a ? (
                <>
                  <p className="govuk-body govuk-!-margin-bottom-1">{q.options.find((o) => o.code === a.answer)?.label ?? a.answer}</p>
                  {a.note ? <p className="govuk-body-s govuk-!-margin-bottom-0 app-note">{a.note}</p> : null}
                </>
              ) : (
                <strong className="govuk-tag govuk-tag--red">Not answered</strong>
              ),
              action: changeHref ? { href: `${changeHref}#${answerField(q.code)}`, label: 'Change', visuallyHidden: q.wording } : undefined,
            };
          });
        if (rows.length === 0) return null;
        return (
          <section key={theme}>
            <h2 className="govuk-heading-m">{theme}</h2>
            <SummaryList rows={rows} />
          </section>
        );
      })}
    </>
  );
}
