import { printRule } from './rule-print';
import type { Scale, TemplateDefinition, TemplateQuestion } from './template-types';

/**
 * The canonical text of a template file (CONTRACTS.md section 5), so that export → import → export
 * gives the same bytes and a diff between two versions shows only what changed:
 * - keys in the order of the contract's example: slug, version, name, crime_types, flags, scales,
 *   questions; code, label (crime types, flags); code, options (scales); code, label, counts_as
 *   (options); code, theme, wording, guidance, scale, applies_when, finding, key (questions);
 * - optional keys left out when they say nothing: `flags` and `scales` when empty, `guidance`,
 *   `applies_when` and `finding` when null or empty, `key` when false (so `"key": true` or nothing);
 * - `applies_when` in its canonical text (printRule), whatever spacing it was read with;
 * - 2-space indentation, every object and list on its own lines as JSON.stringify lays them out,
 *   text as JSON.stringify escapes it (non-ASCII kept as it is), a final newline, and no BOM.
 * The template is taken as readTemplateFile gives it: it is not checked again, each question's
 * scale is written by its code (`options` is not written), and its `rule`, not `ruleText`, is printed.
 */
export function writeTemplateFile(template: TemplateDefinition): string {
  const file = {
    slug: template.slug,
    version: template.version,
    name: template.name,
    crime_types: template.crimeTypes.map(({ code, label }) => ({ code, label })),
    ...(template.flags.length > 0 && { flags: template.flags.map(({ code, label }) => ({ code, label })) }),
    ...(template.scales.length > 0 && {
      scales: template.scales.map(scaleInFile),
    }),
    questions: template.questions.map((q) => questionInFile(q, printRule(q.rule))),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A scale as its file writes it: code, then its options (code, label, counts_as). */
export function scaleInFile(scale: Pick<Scale, 'code' | 'options'>) {
  return { code: scale.code, options: scale.options.map((o) => ({ code: o.code, label: o.label, counts_as: o.countsAs })) };
}

/** A question as its file writes it, with its rule as text; optional keys left out when they say nothing. */
export function questionInFile(
  q: Pick<TemplateQuestion, 'code' | 'theme' | 'wording' | 'guidance' | 'scale' | 'finding' | 'key'>,
  rule: string,
) {
  return {
    code: q.code,
    theme: q.theme,
    wording: q.wording,
    ...(q.guidance !== null && q.guidance !== '' && { guidance: q.guidance }),
    scale: q.scale,
    ...(rule !== '' && { applies_when: rule }),
    ...(q.finding !== null && q.finding !== '' && { finding: q.finding }),
    ...(q.key && { key: true }),
  };
}
