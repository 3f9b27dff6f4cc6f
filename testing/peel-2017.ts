import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AppliesWhen } from '@/domain/rules';
import type { Rule } from '@/lib/templates/rule-ast';
import { fromLegacyJson } from '@/lib/templates/rule-legacy';
import { readTemplateFile, type TemplateDefinition } from '@/lib/templates/template-file';

/** The seed file of the PEEL 2017 template, as the service seeds it. */
export const PEEL_2017_FILE = path.resolve(import.meta.dirname, '../db/seed-data/templates/peel-2017-crime-files.v1.json');

let cached: TemplateDefinition | undefined;

/** The PEEL 2017 template, read from its seed file: what tests check the rules against. */
export function peelTemplate(): TemplateDefinition {
  if (cached) return cached;
  const read = readTemplateFile(readFileSync(PEEL_2017_FILE));
  if (!read.ok) throw new Error(read.problems.join('\n'));
  cached = read.template;
  return cached;
}

/** PEEL 2017 facts in the old shape (three flags as fields) as rules read them (flags by code). */
export function peelFacts(file: {
  crimeType: string;
  outcome: number | null;
  domesticAbuse?: boolean;
  repeatVictim?: boolean;
  vulnerableVictim?: boolean;
}): { crimeType: string; outcome: number | null; flags: Record<string, boolean> } {
  return {
    crimeType: file.crimeType,
    outcome: file.outcome,
    flags: {
      domestic_abuse: file.domesticAbuse === true,
      repeat_victim: file.repeatVictim === true,
      vulnerable_victim: file.vulnerableVictim === true,
    },
  };
}

/** A rule written in the old JSON shape (demo/peel-2017-template.ts), as the rule language has it. */
export function legacyRule(appliesWhen: AppliesWhen | null): Rule | null {
  const converted = fromLegacyJson(appliesWhen);
  if (!converted.ok) throw new Error(converted.message);
  return converted.rule;
}

/** A demo file's facts (flags as a list of codes), in the old shape the demo's oracle reads. */
export function legacyFacts(file: { crimeType: string; outcome: number | null; flags: readonly string[] }) {
  return {
    crimeType: file.crimeType,
    outcome: file.outcome,
    domesticAbuse: file.flags.includes('domestic_abuse'),
    repeatVictim: file.flags.includes('repeat_victim'),
    vulnerableVictim: file.flags.includes('vulnerable_victim'),
  };
}
