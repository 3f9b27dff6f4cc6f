/**
 * Criteria templates as data (CONTRACTS.md section 5): reading and checking a template file,
 * writing it canonically, and what the rest of the app asks of a template. One place to import from.
 */
export { readTemplateFile, type TemplateReadResult } from './template-read';
export { writeTemplateFile } from './template-write';
export {
  countsAs,
  countsAsNeedsNote,
  findScale,
  isBuiltInScale,
  optionNeedsNote,
  questionOptions,
  ruleContextFor,
  ruleLabelsFor,
  themesOf,
} from './template-helpers';
export { TEMPLATE_LIMITS } from './template-limits';
export {
  BUILT_IN_SCALE_CODES,
  BUILT_IN_SCALES,
  COUNTS_AS,
  type CodeAndLabel,
  type CountsAs,
  type Scale,
  type ScaleOption,
  type TemplateDefinition,
  type TemplateQuestion,
} from './template-types';
