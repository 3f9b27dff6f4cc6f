import type { TemplateContent } from '@/db/templates';
import type { AppliesWhen } from '@/domain/rules';
import { fromLegacyJson } from './rule-legacy';
import { printRule } from './rule-print';
import { readTemplateFile, type TemplateReadResult } from './template-read';
import type { TemplateDefinition } from './template-types';
import { questionInFile, scaleInFile } from './template-write';

/**
 * A stored rule as text: the rule column, or a rule kept in the old JSON shape (a database from
 * before rules were text) converted with the same meaning. An old rule that cannot be said in the
 * language is left as its JSON, so that reading the version lists the problem instead of hiding it.
 */
export function storedRuleText(question: Pick<TemplateContent['questions'][number], 'rule' | 'legacyRule'>): string {
  if (question.rule !== null) return question.rule;
  if (question.legacyRule === null) return '';
  const converted = fromLegacyJson(JSON.parse(question.legacyRule) as AppliesWhen);
  return converted.ok ? printRule(converted.rule) : question.legacyRule;
}

/** A stored version as the JSON object of its template file (CONTRACTS.md section 5), not yet checked. */
export function contentToFile(content: TemplateContent): Record<string, unknown> {
  return {
    slug: content.slug,
    version: content.version,
    name: content.name,
    crime_types: content.crimeTypes.map(({ code, label }) => ({ code, label })),
    flags: content.flags.map(({ code, label }) => ({ code, label })),
    scales: content.scales.map(scaleInFile),
    questions: content.questions.map((q) => questionInFile(q, storedRuleText(q))),
  };
}

/**
 * A stored version read exactly as its file would be: every check of section 5, so that what the
 * database holds and what a file says can never be read two ways.
 */
export function templateFromContent(content: TemplateContent): TemplateReadResult {
  return readTemplateFile(JSON.stringify(contentToFile(content)));
}

/** What the database stores for a checked template. */
export function contentOf(template: TemplateDefinition): TemplateContent {
  return {
    slug: template.slug,
    version: template.version,
    name: template.name,
    crimeTypes: template.crimeTypes.map(({ code, label }) => ({ code, label })),
    flags: template.flags.map(({ code, label }) => ({ code, label })),
    scales: template.scales.map((s) => ({
      code: s.code,
      options: s.options.map(({ code, label, countsAs }) => ({ code, label, countsAs })),
    })),
    themes: [...template.themes],
    questions: template.questions.map((q) => ({
      code: q.code,
      theme: q.theme,
      wording: q.wording,
      guidance: q.guidance,
      scale: q.scale,
      rule: q.ruleText === '' ? null : q.ruleText,
      legacyRule: null,
      finding: q.finding,
      key: q.key,
    })),
  };
}
