import { countForceFiles, countSamples, getLatestDraw, listSampleFiles, listNextReserves, listSampleHistory } from '@/db/samples';
import { getInspectionSetup } from '@/db/inspection-setup';
import { toSetupView, type InspectionSetupView } from '@/lib/inspections/manage-inspections';
import { DRAW_METHOD, DRAW_METHOD_DESCRIPTION } from '@/lib/random-sampling/draw';
import { REPLACEMENT_REASON_LABELS } from '@/lib/validation/samples';
import { parseStrata } from './draw-sample';
import type { SampleTarget } from './target';
import { decide, type Principal } from '@/lib/policy';
import { notFound, ok, refusedBy, type Result } from '@/lib/result';

/** How many reserve files of each crime type the page lists (the count says how many there are). */
export const RESERVES_LISTED = 10;

export interface SampleFileView {
  id: number;
  crimeReference: string;
  crimeType: string;
  recordedOn: string;
  outcome: number | null;
  flags: string[];
  /** The reference of the file this one replaced, when it came from the reserve list. */
  replaces: string | null;
}

export interface StratumView {
  crimeType: string;
  label: string;
  /** From the draw; null for an imported sample. */
  population: number | null;
  allocated: number | null;
  inSample: number;
  replaced: number;
  reservesLeft: number;
}

export interface ReplacementView {
  id: number;
  crimeReference: string;
  crimeType: string;
  reason: string;
  note: string;
  at: string;
  by: string | null;
  replacement: string | null;
}

export interface ForceSampleView {
  inspection: { slug: string; name: string };
  force: { code: string; name: string };
  targetSize: number;
  targetIsDefault: boolean;
  origin: 'none' | 'imported' | 'drawn';
  draw: null | {
    seed: string;
    method: string;
    methodDescription: string;
    sampleSize: number;
    populationSize: number;
    populationHash: string;
    drawnAt: string;
    drawnBy: string | null;
  };
  imported: null | { at: string; by: string | null; fileName: string | null; fileHash: string | null };
  totals: { sampled: number; reserve: number; replaced: number };
  strata: StratumView[];
  sample: SampleFileView[];
  replacements: ReplacementView[];
  reserves: { crimeType: string; label: string; total: number; next: { position: number; crimeReference: string; recordedOn: string }[] }[];
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export async function getForceSampleView(who: Principal, target: SampleTarget): Promise<Result<ForceSampleView>> {
  const decision = decide(who, 'inspection.manage', { leadIds: target.leadIds });
  if (!decision.allowed) return refusedBy(decision);
  // Reserves can run to tens of thousands: they are counted and the next few listed, never all loaded.
  const [files, counts, nextReserves, draw, history] = await Promise.all([
    listSampleFiles(target.inspectionId, target.force.id, ['sampled', 'replaced']),
    countForceFiles(target.inspectionId, target.force.id),
    listNextReserves(target.inspectionId, target.force.id, RESERVES_LISTED),
    getLatestDraw(target.inspectionId, target.force.id),
    listSampleHistory(target.inspectionId, target.force.code),
  ]);
  const byId = new Map(files.map((f) => [f.id, f]));
  const replacedBy = new Map(files.filter((f) => f.replacementId !== null).map((f) => [f.replacementId, f.crimeReference]));
  const importEvent = [...history].reverse().find((h) => h.action === 'sample.imported');
  const importDetail = importEvent?.detail ? (JSON.parse(importEvent.detail) as Record<string, unknown>) : {};
  const strataFromDraw = draw ? parseStrata(draw.strata) : [];
  const count = (type: string, status: string) => counts.find((c) => c.crimeType === type && c.status === status)?.n ?? 0;
  const CRIME_TYPES = target.template.crimeTypes;
  const crimeTypeLabel = (code: string) => CRIME_TYPES.find((c) => c.code === code)?.label ?? code;
  const order = (type: string) => CRIME_TYPES.findIndex((c) => c.code === type);

  const sample = files
    .filter((f) => f.sampleStatus === 'sampled')
    .sort((a, b) => order(a.crimeType) - order(b.crimeType) || (a.crimeReference < b.crimeReference ? -1 : 1))
    .map((f) => ({
      id: f.id,
      crimeReference: f.crimeReference,
      crimeType: crimeTypeLabel(f.crimeType),
      recordedOn: f.recordedOn,
      outcome: f.outcome,
      flags: target.template.flags.filter((flag) => f.flags.includes(flag.code)).map((flag) => flag.label),
      replaces: replacedBy.get(f.id) ?? null,
    }));

  const replacements = files
    .filter((f) => f.sampleStatus === 'replaced')
    .sort((a, b) => (a.replacedAt ?? '').localeCompare(b.replacedAt ?? ''))
    .map((f) => ({
      id: f.id,
      crimeReference: f.crimeReference,
      crimeType: crimeTypeLabel(f.crimeType),
      reason: f.replacedReason ? REPLACEMENT_REASON_LABELS[f.replacedReason] : 'Replaced',
      note: f.replacedNote ?? '',
      at: f.replacedAt ?? '',
      by: history.find((h) => h.action === 'case-file.replaced' && h.caseFileId === f.id)?.actorName ?? null,
      replacement: f.replacementId === null ? null : (byId.get(f.replacementId)?.crimeReference ?? null),
    }));

  return ok({
    inspection: { slug: target.inspectionSlug, name: target.inspectionName },
    force: { code: target.force.code, name: target.force.name },
    targetSize: target.targetSize,
    targetIsDefault: target.targetIsDefault,
    origin: draw ? 'drawn' : counts.length ? 'imported' : 'none',
    draw: draw
      ? {
          seed: draw.seed,
          method: draw.method,
          methodDescription: draw.method === DRAW_METHOD ? DRAW_METHOD_DESCRIPTION : draw.method,
          sampleSize: draw.sampleSize,
          populationSize: draw.populationSize,
          populationHash: draw.populationHash,
          drawnAt: draw.drawnAt,
          drawnBy: draw.drawnByName,
        }
      : null,
    imported:
      !draw && importEvent
        ? {
            at: importEvent.at,
            by: importEvent.actorName ?? importEvent.actorLabel,
            fileName: text(importDetail.fileName),
            fileHash: text(importDetail.fileHash),
          }
        : null,
    totals: {
      sampled: sample.length,
      reserve: counts.filter((c) => c.status === 'reserve').reduce((sum, c) => sum + c.n, 0),
      replaced: replacements.length,
    },
    strata: CRIME_TYPES.map(({ code, label }) => {
      const drawn = strataFromDraw.find((s) => s.crimeType === code);
      return {
        crimeType: code,
        label,
        population: drawn ? drawn.population : null,
        allocated: drawn ? drawn.sample : null,
        inSample: count(code, 'sampled'),
        replaced: count(code, 'replaced'),
        reservesLeft: count(code, 'reserve'),
      };
    }),
    sample,
    replacements,
    reserves: CRIME_TYPES.map(({ code, label }) => ({
      crimeType: code,
      label,
      total: count(code, 'reserve'),
      next: nextReserves
        .filter((f) => f.crimeType === code)
        .map((f) => ({ position: f.reservePosition ?? 0, crimeReference: f.crimeReference, recordedOn: f.recordedOn })),
    })).filter((r) => r.total > 0),
  });
}

export interface InspectionSamplesRow {
  code: string;
  name: string;
  targetSize: number;
  targetIsDefault: boolean;
  origin: 'none' | 'imported' | 'drawn';
  sampled: number;
  replaced: number;
  reserve: number;
}

/** Every force in an inspection's scope with where its sample stands. */
export async function listInspectionSamples(
  who: Principal,
  slug: string,
): Promise<Result<{ setup: InspectionSetupView; rows: InspectionSamplesRow[] }>> {
  const setup = await getInspectionSetup(slug);
  if (!setup) return notFound('That inspection does not exist');
  const decision = decide(who, 'inspection.manage', { leadIds: setup.leads.map((l) => l.id) });
  if (!decision.allowed) return refusedBy(decision);
  const counts = await countSamples(setup.id);
  return ok({
    setup: toSetupView(setup),
    rows: setup.forces.map((f) => {
      const c = counts.find((x) => x.forceId === f.forceId);
      return {
        code: f.code,
        name: f.name,
        targetSize: f.sampleSize ?? setup.defaultSampleSize,
        targetIsDefault: f.sampleSize === null,
        origin: c && c.draws > 0 ? 'drawn' : f.files > 0 ? 'imported' : 'none',
        sampled: c?.sampled ?? 0,
        replaced: c?.replaced ?? 0,
        reserve: c?.reserve ?? 0,
      };
    }),
  });
}

/** Whether the force already has a sample (drawn or imported): then there is nothing to draw. */
export async function hasSample(who: Principal, target: SampleTarget): Promise<Result<boolean>> {
  const decision = decide(who, 'inspection.manage', { leadIds: target.leadIds });
  if (!decision.allowed) return refusedBy(decision);
  return ok((await listSampleFiles(target.inspectionId, target.force.id)).length > 0);
}
