import type { UseFormRegister } from 'react-hook-form';
import { answerField, noteField, type CriteriaTemplate } from '@/lib/criteria';
import type { FormRecord } from './form-values';
import { Question } from './question';
import { answerInWords } from './set-aside';

interface Props {
  template: CriteriaTemplate;
  register: UseFormRegister<FormRecord>;
  initial: FormRecord;
  /** The form's values now (the initial ones until the page's script runs). */
  values: FormRecord;
  /** Which questions apply; null until the page's script runs (then every question shows). */
  applies: Record<string, boolean> | null;
  errorFor: (field: string) => string | undefined;
}

/** A contents list of the themes, then each theme's questions, in template order. */
export function QuestionsByTheme({ template, register, initial, values, applies, errorFor }: Props) {
  const themes = [...new Set(template.questions.map((q) => q.theme))];
  const keptWords = (q: CriteriaTemplate['questions'][number]) => {
    const answer = values[answerField(q.code)] ?? '';
    if (!q.options.some((o) => o.code === answer)) return undefined;
    return answerInWords(q, { answer, note: (values[noteField(q.code)] ?? '').trim() || null });
  };
  return (
    <>
      <nav className="app-contents" aria-labelledby="contents-heading">
        <h2 className="govuk-heading-s" id="contents-heading">
          Questions
        </h2>
        <ol className="govuk-list govuk-list--number">
          {themes.map((theme, i) => (
            <li key={theme}>
              <a className="govuk-link" href={`#theme-${i + 1}`}>
                {theme}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {themes.map((theme, i) => (
        <section key={theme} aria-labelledby={`theme-${i + 1}`}>
          <h2 className="govuk-heading-m app-theme-heading" id={`theme-${i + 1}`}>
            {theme}
          </h2>
          {template.questions
            .filter((q) => q.theme === theme)
            .map((q) => (
              <Question
                number={template.questions.indexOf(q) + 1}
                kept={keptWords(q)}
                key={q.code}
                q={q}
                template={template}
                register={register}
                initial={initial}
                answer={values[answerField(q.code)] ?? ''}
                note={values[noteField(q.code)] ?? ''}
                applies={applies ? (applies[q.code] ?? false) : null}
                answerError={errorFor(answerField(q.code))}
                noteError={errorFor(noteField(q.code))}
              />
            ))}
        </section>
      ))}
    </>
  );
}
