import fs from 'node:fs';
import path from 'node:path';
import { seedTemplatesFolder } from '@/db/config';
import { seedReferenceData } from '@/db/seed';
import { FORCES } from '@/domain/forces';
import { contentOf } from '@/lib/templates/stored';
import { readTemplateFile } from '@/lib/templates/template-file';

/**
 * The criteria templates every database starts with: each file in db/seed-data/templates (format
 * 5), read with every check of an import, in the order of their names. A bad seed file is a fault of
 * the installation, so it stops the start rather than being skipped.
 */
function seedTemplates() {
  const folder = seedTemplatesFolder();
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const read = readTemplateFile(fs.readFileSync(path.join(folder, name)));
      if (!read.ok) throw new Error(`Seed template ${name} is not valid: ${read.problems.join('; ')}`);
      return contentOf(read.template);
    });
}

/**
 * The forces and the seed criteria templates, which every database needs. `templateId` is the
 * first seed template's (the default one: PEEL 2017 crime files, version 1).
 */
export function prepareReferenceData(): { forcesAdded: number; templateId: number } {
  const { forcesAdded, templateIds } = seedReferenceData(FORCES, seedTemplates());
  const [templateId] = templateIds;
  if (templateId === undefined) throw new Error('No seed criteria template in db/seed-data/templates');
  return { forcesAdded, templateId };
}
