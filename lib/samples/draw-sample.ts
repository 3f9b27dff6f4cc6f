import type { Actor } from '@/db/audit';
import { insertDraw } from '@/db/sample-changes';
import { getLatestDraw, listSampleFiles } from '@/db/samples';
import { caseFileFacts, readCaseFileList } from '@/lib/csv/case-file-list';
import { fileProblem, reportProblems, type ProblemReport } from '@/lib/csv/problems';
import { drawSizeProblem, drawStratifiedSample, sha256Hex, type Stratum } from '@/lib/random-sampling/draw';
import { files } from './import-sample';
import type { SampleTarget } from './target';

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

export type DrawOutcome =
  | { ok: true; status: 'drawn' | 'unchanged'; draw: DrawSummary; forceAdded: boolean }
  | { ok: false; field: 'population' | 'seed' | 'sampleSize'; report: ProblemReport };

function refuse(field: 'population' | 'seed' | 'sampleSize', message: string): DrawOutcome {
  return { ok: false, field, report: reportProblems([fileProblem(message)]) };
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
  target: SampleTarget,
  bytes: Uint8Array,
  seed: string,
  sampleSize: number,
  actor: Actor,
  options: { addForce?: boolean } = {},
): Promise<DrawOutcome> {
  if (!target.inScope && !options.addForce) return refuse('population', `${target.force.name} is not one of this inspection’s forces`);
  const list = readCaseFileList(bytes, { recordedFrom: target.recordedFrom, recordedTo: target.recordedTo });
  if (!list.ok) return { ok: false, field: 'population', report: reportProblems(list.problems) };
  const populationHash = sha256Hex(bytes);

  const previous = await getLatestDraw(target.inspectionId, target.force.id);
  if (previous && previous.populationHash === populationHash && previous.seed === seed && previous.sampleSize === sampleSize) {
    // The draw is reproducible, so repeating it in memory gives the references it chose, in order.
    const again = drawStratifiedSample(list.rows, sampleSize, seed);
    return {
      ok: true,
      status: 'unchanged',
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
    };
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

  const draw = drawStratifiedSample(list.rows, sampleSize, seed);
  const facts = caseFileFacts;
  const write = await insertDraw(
    target.inspectionId,
    target.force,
    { seed, method: draw.method, sampleSize, populationSize: draw.populationSize, populationHash, strata: JSON.stringify(draw.strata) },
    [
      ...draw.sample.map((d) => ({ ...facts(d.file), sampleStatus: 'sampled' as const, reservePosition: null })),
      ...draw.reserves.map((d) => ({ ...facts(d.file), sampleStatus: 'reserve' as const, reservePosition: d.position })),
    ],
    actor,
    { addForce: options.addForce },
  );
  if (!write.ok) return refuse('population', `${target.force.name} has just been given a sample by someone else. Nothing was drawn`);
  return {
    ok: true,
    status: 'drawn',
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
  };
}
