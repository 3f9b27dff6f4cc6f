import { insertDraw } from '@/db/sample-changes';
import { getLatestDraw, listSampleFiles } from '@/db/samples';
import { caseFileFacts, readCaseFileList } from '@/lib/csv/case-file-list';
import { fileProblem, reportProblems, type ProblemReport } from '@/lib/csv/problems';
import { drawSizeProblem, drawStratifiedSample, sha256Hex, type Stratum } from '@/lib/random-sampling/draw';
import { files } from './import-sample';
import type { Principal } from '@/lib/policy';
import { fileProblems, ok, refusedBy, type Result } from '@/lib/result';
import { mayChangeSample, type SampleTarget } from './target';

export interface DrawSummary {
  seed: string;
  method: string;
  sampleSize: number;
  populationSize: number;
  populationHash: string;
  strata: Stratum[];
  /** The chosen references, crime type by crime type, in draw order. */
  chosen: string[];
}

export interface SampleDrawn {
  status: 'drawn' | 'unchanged';
  draw: DrawSummary;
  forceAdded: boolean;
}

type DrawField = 'population' | 'seed' | 'sampleSize';
const NOTHING = 'nothing was drawn';

function report(field: DrawField, problems: ProblemReport) {
  return fileProblems(field, problems, NOTHING);
}

function refuse(field: DrawField, message: string) {
  return report(field, reportProblems([fileProblem(message)]));
}

export function parseStrata(json: string): Stratum[] {
  return JSON.parse(json) as Stratum[];
}

/**
 * Draws a force's sample from its population extract (format 1), stratified by crime type, and
 * keeps the rest of the population as the reserve list. Stores the seed, method, population per
 * crime type and the file's SHA-256, so anyone can repeat the draw. The same file, seed and size
 * again change nothing; a force that already has a different sample keeps it.
 */
export async function drawSample(
  who: Principal,
  target: SampleTarget,
  bytes: Uint8Array,
  seed: string,
  sampleSize: number,
  options: { addForce?: boolean } = {},
): Promise<Result<SampleDrawn>> {
  const decision = mayChangeSample(who, target);
  if (!decision.allowed) return refusedBy(decision);
  if (!target.inScope && !options.addForce) return refuse('population', `${target.force.name} is not one of this inspection’s forces`);
  const list = readCaseFileList(bytes, { template: target.template, recordedFrom: target.recordedFrom, recordedTo: target.recordedTo });
  if (!list.ok) return report('population', reportProblems(list.problems));
  const populationHash = sha256Hex(bytes);
  const crimeTypeCodes = target.template.crimeTypes.map((c) => c.code);

  const previous = await getLatestDraw(target.inspectionId, target.force.id);
  if (previous && previous.populationHash === populationHash && previous.seed === seed && previous.sampleSize === sampleSize) {
    // The draw is reproducible, so repeating it in memory gives the references it chose, in order.
    const again = drawStratifiedSample(list.rows, sampleSize, seed, crimeTypeCodes);
    return ok({
      status: 'unchanged' as const,
      forceAdded: false,
      draw: {
        seed,
        method: previous.method,
        sampleSize,
        populationSize: previous.populationSize,
        populationHash,
        strata: parseStrata(previous.strata),
        chosen: again.sample.map((d) => d.file.crimeReference),
      },
    });
  }
  if (previous)
    return refuse(
      'population',
      `${target.force.name}’s sample has already been drawn, with the seed '${previous.seed}'. Nothing was drawn`,
    );
  const existing = await listSampleFiles(target.inspectionId, target.force.id);
  if (existing.length > 0)
    return refuse(
      'population',
      `${target.force.name} already has a sample of ${files(existing.length)}, imported from a file. Nothing was drawn`,
    );
  const sizeProblem = drawSizeProblem(sampleSize, list.rows.length);
  if (sizeProblem) return refuse('sampleSize', sizeProblem);

  const draw = drawStratifiedSample(list.rows, sampleSize, seed, crimeTypeCodes);
  const facts = caseFileFacts;
  const write = await insertDraw(
    target.inspectionId,
    target.force,
    { seed, method: draw.method, sampleSize, populationSize: draw.populationSize, populationHash, strata: JSON.stringify(draw.strata) },
    [
      ...draw.sample.map((d) => ({ ...facts(d.file), sampleStatus: 'sampled' as const, reservePosition: null })),
      ...draw.reserves.map((d) => ({ ...facts(d.file), sampleStatus: 'reserve' as const, reservePosition: d.position })),
    ],
    who,
    { addForce: options.addForce },
  );
  if (!write.ok) return refuse('population', `${target.force.name} has just been given a sample by someone else. Nothing was drawn`);
  return ok({
    status: 'drawn' as const,
    forceAdded: write.forceAdded,
    draw: {
      seed,
      method: draw.method,
      sampleSize,
      populationSize: draw.populationSize,
      populationHash,
      strata: draw.strata,
      chosen: draw.sample.map((d) => d.file.crimeReference),
    },
  });
}
