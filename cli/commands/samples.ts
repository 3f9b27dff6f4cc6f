import { drawSample } from '@/lib/samples/draw-sample';
import { files, importSample } from '@/lib/samples/import-sample';
import { findSampleTarget } from '@/lib/samples/target';
import { seedSchema } from '@/lib/validation/samples';
import { allowOnly, requireOption, type ParsedArgs } from '../args';
import { onePath, problemsLine, readCsvFile as readFile } from '../csv-file';
import { CommandError } from '../io';
import { failureLine, OPERATOR, valueOf } from '../operator';
import type { Failure } from '@/lib/result';
import type { Command } from './types';

async function target(args: ParsedArgs) {
  return valueOf(await findSampleTarget(OPERATOR, requireOption(args, 'inspection'), requireOption(args, 'force')));
}

/**
 * A failed import or draw in one line: every problem in the file, or the one reason. A draw says a
 * single problem with no row (a seed already used, a size too large) as a plain sentence.
 */
function failed(path: string, failure: Failure, plainSingle = false): CommandError {
  if (failure.kind === 'invalid' && failure.report) {
    const { problems, outcome } = failure.report;
    const only = problems.total === 1 ? problems.problems[0] : undefined;
    if (plainSingle && only?.rows.length === 0) return new CommandError(`${outcome}: ${only.message}`);
    return new CommandError(problemsLine(path, problems, outcome));
  }
  return new CommandError(failureLine(failure));
}

export const sampleImport: Command = {
  name: 'sample:import',
  usage: 'sample:import --inspection S --force F FILE.csv',
  summary: 'Import a force’s sample from a case-file list; any problem and nothing is imported',
  async run(args, io) {
    allowOnly(args, ['inspection', 'force']);
    const path = onePath(args, 'sample');
    const where = await target(args);
    const imported = await importSample(OPERATOR, where, readFile(path), { fileName: path, addForce: true });
    if (!imported.ok) throw failed(path, imported);
    const result = imported.value;
    if (result.forceAdded) io.out(`Added ${where.force.name} to ${where.inspectionSlug}`);
    const note = result.files === result.targetSize ? '' : ` (the inspection asks for ${result.targetSize})`;
    io.out(
      result.status === 'unchanged'
        ? `Nothing changed: ${where.force.name} already has exactly these ${files(result.files)}`
        : `Imported ${files(result.files)} into ${where.force.name}’s sample for ${where.inspectionSlug}${note}`,
    );
  },
};

export const sampleDraw: Command = {
  name: 'sample:draw',
  usage: 'sample:draw --inspection S --force F --size N --seed K POPULATION.csv',
  summary: 'Draw a force’s sample from its population, stratified by crime type; prints the chosen references',
  async run(args, io) {
    allowOnly(args, ['inspection', 'force', 'size', 'seed']);
    const path = onePath(args, 'population');
    const sizeText = requireOption(args, 'size');
    const size = /^\d+$/.test(sizeText) ? Number(sizeText) : NaN;
    if (!(size >= 1)) throw new CommandError(`--size must be a whole number, 1 or more, not '${sizeText}'`);
    const seed = seedSchema.safeParse(requireOption(args, 'seed'));
    if (!seed.success) throw new CommandError(`--seed: ${seed.error.issues[0]?.message ?? 'not a valid seed'}`);
    const where = await target(args);
    const drawn = await drawSample(OPERATOR, where, readFile(path), seed.data, size, { addForce: true });
    if (!drawn.ok) throw failed(path, drawn, true);
    const result = drawn.value;
    // The references go to standard output, one a line, so they can be piped; the account of the draw to standard error.
    for (const reference of result.draw.chosen) io.out(reference);
    const d = result.draw;
    const strata = d.strata
      .filter((s) => s.population > 0)
      .map((s) => `${s.crimeType} ${s.sample} of ${s.population}`)
      .join(', ');
    io.err(
      `${result.status === 'unchanged' ? 'Nothing changed: this draw was made already. ' : ''}${where.force.name}: ${d.sampleSize} of ${d.populationSize.toLocaleString('en-GB')} files, seed '${d.seed}', method ${d.method}, population SHA-256 ${d.populationHash}; ${strata}`,
    );
    if (size !== where.targetSize) io.err(`Note: the inspection asks for ${where.targetSize} files from ${where.force.name}`);
  },
};
