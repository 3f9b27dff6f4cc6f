import { checkIsoDate } from '@/lib/validation/dates';
import { FORCE_CODES, isForceCode, type ForceCode } from '@/domain/forces';
import { createInspection } from '@/lib/inspections/manage-inspections';
import { findPeopleByEmail, findTemplate } from '@/lib/inspections/setup-pages';
import { MAX_SAMPLE_SIZE, slugSchema } from '@/lib/validation/inspections';
import { allowOnly, optionalOption, requireOption } from '../args';
import { CommandError } from '../io';
import type { Command } from './types';
import { OPERATOR, valueOf } from '../operator';

function size(value: string, what: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_SAMPLE_SIZE))
    throw new CommandError(`${what} must be a whole number from 1 to ${MAX_SAMPLE_SIZE}, not '${value}'`);
  return n;
}

function date(value: string | undefined, option: string): string | null {
  if (value === undefined) return null;
  if (checkIsoDate(value) !== 'ok') throw new CommandError(`--${option} must be a real date in YYYY-MM-DD form, not '${value}'`);
  return value;
}

/** "kent,met=90" or "all,met=90,west-midlands=90": forces in scope, each with an optional size. */
export function parseForces(value: string | undefined): { code: ForceCode; sampleSize: number | null }[] {
  if (value === undefined) return [];
  const chosen = new Map<ForceCode, number | null>();
  for (const item of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (item === 'all') {
      for (const code of FORCE_CODES) if (!chosen.has(code)) chosen.set(code, null);
      continue;
    }
    const [code = '', own] = item.split('=');
    if (!isForceCode(code)) throw new CommandError(`'${code}' in --forces is not a force code; the codes are ${FORCE_CODES.join(', ')}`);
    chosen.set(code, own === undefined ? null : size(own, `The sample size for ${code}`));
  }
  return FORCE_CODES.filter((c) => chosen.has(c)).map((code) => ({ code, sampleSize: chosen.get(code) ?? null }));
}

export const inspectionCreate: Command = {
  name: 'inspection:create',
  usage:
    'inspection:create --slug S --name N --template peel-2017-crime-files [--sample-size 60] [--forces kent,met=90|all] [--leads EMAIL,EMAIL] [--fieldwork-start YYYY-MM-DD] [--fieldwork-end …] [--recorded-from …] [--recorded-to …]',
  summary: 'Create an inspection (its forces, their sample sizes and its leads are optional)',
  async run(args, io) {
    allowOnly(args, [
      'slug',
      'name',
      'template',
      'sample-size',
      'forces',
      'leads',
      'fieldwork-start',
      'fieldwork-end',
      'recorded-from',
      'recorded-to',
    ]);
    const slug = slugSchema.safeParse(requireOption(args, 'slug'));
    if (!slug.success) throw new CommandError(`--slug: ${slug.error.issues[0]?.message ?? 'not a valid short name'}`);
    const name = requireOption(args, 'name');
    const template = valueOf(await findTemplate(OPERATOR, requireOption(args, 'template')));
    const defaultSampleSize = size(optionalOption(args, 'sample-size') ?? '60', '--sample-size');
    const forces = parseForces(optionalOption(args, 'forces'));
    const people = valueOf(await findPeopleByEmail(OPERATOR, (optionalOption(args, 'leads') ?? '').split(',')));
    const fieldworkStart = date(optionalOption(args, 'fieldwork-start'), 'fieldwork-start');
    const fieldworkEnd = date(optionalOption(args, 'fieldwork-end'), 'fieldwork-end');
    const recordedFrom = date(optionalOption(args, 'recorded-from'), 'recorded-from');
    const recordedTo = date(optionalOption(args, 'recorded-to'), 'recorded-to');

    const result = await createInspection(OPERATOR, {
      slug: slug.data,
      name,
      templateId: template.id,
      defaultSampleSize,
      forces,
      leadIds: people.map((p) => p.id),
      fieldworkStart,
      fieldworkEnd,
      recordedFrom,
      recordedTo,
    });
    valueOf(result);
    const scope = forces.length ? `${forces.length} ${forces.length === 1 ? 'force' : 'forces'}` : 'no forces yet';
    io.out(
      `Created inspection ${slug.data} (${name.trim()}) with template ${template.slug} version ${template.version}, ${scope}, default sample size ${defaultSampleSize}`,
    );
  },
};
