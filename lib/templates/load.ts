import type { ReadScope } from '@/db/findings';
import { getTemplateContent } from '@/db/templates';
import { templateFromContent } from './stored';
import type { TemplateDefinition } from './template-types';

/**
 * A template version as every reader uses it: the review form, the rules, imports, samples,
 * findings and exports all read the inspection's version through here. A stored version is read
 * with every check of its file (section 5); one that fails them (which publishing never allows)
 * is a fault, not something to show half of.
 */
export async function loadTemplate(templateId: number, scope?: ReadScope): Promise<TemplateDefinition> {
  const content = await getTemplateContent(templateId, scope);
  if (!content) throw new Error(`No criteria template version ${templateId}`);
  const read = templateFromContent(content);
  if (!read.ok) throw new Error(`Criteria template ${content.slug} version ${content.version} is not valid: ${read.problems[0] ?? ''}`);
  return read.template;
}
