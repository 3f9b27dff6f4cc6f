import { useFreshDatabase as openFreshDatabase } from '@/testing/database';
import { insertUser } from '@/db/users';
import { createInspection } from '@/lib/inspections/manage-inspections';
import { prepareReferenceData } from '@/lib/setup';
import { findSampleTarget, type SampleTarget } from '@/lib/samples/target';
import { operatorPrincipal, type Principal } from '@/lib/policy';
import { fileProblem, reportProblems, type ProblemReport } from '@/lib/csv/problems';
import { failureMessage, type Result } from '@/lib/result';
import { drawSample } from '@/lib/samples/draw-sample';
import { importSample } from '@/lib/samples/import-sample';
import { replaceSampledFile } from '@/lib/samples/replace-file';
import { previewReplacement } from '@/lib/samples/replace-preview';
import { getForceSampleView, listInspectionSamples } from '@/lib/samples/sample-view';
import type { ReplaceFileInput } from '@/lib/validation/samples';
import { expectOk } from '@/testing/principals';

/** Tests set up and change samples as an operator, as the command line does. */
export const ADMIN = operatorPrincipal('unit test');

/** A fresh database with the forces, the template, a lead and an inspection of Kent, the Met and Essex. For tests. */
export async function freshInspection(options: { recordedFrom?: string | null; recordedTo?: string | null } = {}) {
  openFreshDatabase();
  const { templateId } = prepareReferenceData();
  const lead = await insertUser({ email: 'lead@test.example', name: 'Lee Lead', role: 'lead', passwordHash: 'not used' }, ADMIN);
  const other = await insertUser({ email: 'other@test.example', name: 'Olu Other', role: 'lead', passwordHash: 'not used' }, ADMIN);
  const inspector = await insertUser(
    { email: 'insp@test.example', name: 'Ina Spector', role: 'inspector', passwordHash: 'not used' },
    ADMIN,
  );
  const created = await createInspection(ADMIN, {
    name: 'PEEL test',
    slug: 'peel-test',
    templateId,
    fieldworkStart: null,
    fieldworkEnd: null,
    recordedFrom: options.recordedFrom === undefined ? '2017-01-01' : options.recordedFrom,
    recordedTo: options.recordedTo === undefined ? '2017-03-31' : options.recordedTo,
    defaultSampleSize: 60,
    forces: [
      { code: 'kent', sampleSize: null },
      { code: 'met', sampleSize: 90 },
      { code: 'essex', sampleSize: null },
    ],
    leadIds: [lead.id],
  });
  return { templateId, lead, other, inspector, inspectionId: expectOk(created).id };
}

export async function target(force: string, slug = 'peel-test'): Promise<SampleTarget> {
  return expectOk(await findSampleTarget(ADMIN, slug, force));
}

export const bytes = (text: string) => new TextEncoder().encode(text);

/**
 * The sample use-cases with their results spelled out as the sample tests read them: the value's
 * fields beside `ok: true`, or every problem in the file (`field`, `report`), or a message.
 */
type Spelled<T> = ({ ok: true } & T) | { ok: false; field: string; report: ProblemReport; message: string };

function spelled<T extends object>(result: Result<T>): Spelled<T> {
  if (result.ok) return { ok: true, ...result.value };
  if (result.kind === 'invalid' && result.report)
    return { ok: false, field: result.report.field, report: result.report.problems, message: failureMessage(result) };
  return { ok: false, field: '', report: reportProblems([fileProblem(failureMessage(result))]), message: failureMessage(result) };
}

export const samples = {
  importSample: async (t: SampleTarget, data: Uint8Array, who: Principal, options?: Parameters<typeof importSample>[3]) =>
    spelled(await importSample(who, t, data, options)),
  drawSample: async (t: SampleTarget, data: Uint8Array, seed: string, size: number, who: Principal) =>
    spelled(await drawSample(who, t, data, seed, size)),
  replaceSampledFile: async (t: SampleTarget, id: number, input: ReplaceFileInput, who: Principal) => {
    const result = await replaceSampledFile(who, t, id, input);
    return result.ok ? { ok: true as const, ...result.value } : { ok: false as const, message: failureMessage(result) };
  },
  previewReplacement: async (t: SampleTarget, id: number) => {
    const result = await previewReplacement(ADMIN, t, id);
    return result.ok ? result.value : null;
  },
  getForceSampleView: async (t: SampleTarget) => expectOk(await getForceSampleView(ADMIN, t)),
  listInspectionSamples: async (slug: string) => {
    const result = await listInspectionSamples(ADMIN, slug);
    return result.ok ? result.value : undefined;
  },
};
