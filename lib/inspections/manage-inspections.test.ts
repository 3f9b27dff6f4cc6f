import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { getInspectionSetup } from '@/db/inspection-setup';
import { auditEvents, caseFiles, reviews } from '@/db/schema';
import { ADMIN, bytes, freshInspection, samples, target } from '@/testing/samples';
import type { Principal } from '@/lib/policy';
import type { Result } from '@/lib/result';
import { asUser } from '@/testing/principals';
import type { ForceCode } from '@/domain/forces';
import type { InspectionFormData } from '@/lib/validation/inspections';
import { createInspection as create, editInspection as edit } from './manage-inspections';
import { getEditInspectionForm } from './setup-pages';

const { importSample } = samples;

/** A result as these tests read it: the value, or the problems by field, in the order found. */
function spelled<T>(result: Result<T>) {
  if (result.ok) return result;
  if (result.kind === 'refused') return { ok: false, message: result.message };
  return { ok: false, problems: Object.entries(result.fieldErrors).map(([field, message]) => ({ field, message })) };
}
const createInspection = async (input: Parameters<typeof create>[1], who: Principal) => spelled(await create(who, input));
const editInspection = async (slug: string, input: Parameters<typeof edit>[2], who: Principal) => spelled(await edit(who, slug, input));
const canManageInspection = async (who: Principal) => (await getEditInspectionForm(who, 'peel-test')).ok;

const SAMPLE = 'crime_reference,crime_type,recorded_on\nK1,rape,2017-01-05\nK2,abh,2017-02-01\n';

async function current(): Promise<InspectionFormData> {
  const setup = await getInspectionSetup('peel-test');
  if (!setup) throw new Error('no inspection');
  return {
    name: setup.name,
    templateId: setup.templateId,
    fieldworkStart: setup.fieldworkStart,
    fieldworkEnd: setup.fieldworkEnd,
    recordedFrom: setup.recordedFrom,
    recordedTo: setup.recordedTo,
    defaultSampleSize: setup.defaultSampleSize,
    forces: setup.forces.map((f) => ({ code: f.code as ForceCode, sampleSize: f.sampleSize })),
    leadIds: setup.leads.map((l) => l.id),
  };
}

describe('setting up an inspection', () => {
  it('creates the PEEL 2017 design: forces in scope with their own sizes, and its leads, audited', async () => {
    const { lead } = await freshInspection();
    const setup = await getInspectionSetup('peel-test');
    expect(setup?.forces.map((f) => [f.code, f.sampleSize ?? setup.defaultSampleSize])).toEqual([
      ['essex', 60],
      ['kent', 60],
      ['met', 90],
    ]);
    expect(setup?.leads.map((l) => l.id)).toEqual([lead.id]);
    expect(getDb().select().from(auditEvents).where(eq(auditEvents.action, 'inspection.created')).all()).toHaveLength(1);
  });

  it('refuses a short name already in use, and anyone who is not an active lead as a lead', async () => {
    const { templateId, inspector } = await freshInspection();
    const input = { ...(await current()), slug: 'peel-test', templateId, leadIds: [inspector.id] };
    const result = await createInspection(input, ADMIN);
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'slug', message: 'An inspection with the short name peel-test already exists' },
        { field: 'leads', message: 'Ina Spector cannot lead an inspection: only active leads can' },
      ],
    });
  });

  it('makes a lead who creates an inspection one of its leads', async () => {
    const { templateId, other } = await freshInspection();
    const result = await createInspection({ ...(await current()), slug: 'by-a-lead', templateId, leadIds: [] }, asUser(other));
    expect(result.ok).toBe(true);
    expect((await getInspectionSetup('by-a-lead'))?.leads.map((l) => l.id)).toEqual([other.id]);
  });

  it('lets admins manage every inspection, leads only their own, inspectors none', async () => {
    const { lead, other, inspector } = await freshInspection();
    expect(await canManageInspection(asUser({ id: 999, role: 'admin', email: 'a@test.example' }))).toBe(true);
    expect(await canManageInspection(asUser(lead))).toBe(true);
    expect(await canManageInspection(asUser(other))).toBe(false);
    expect(await canManageInspection(asUser(inspector))).toBe(false);
  });
});

describe('changing an inspection', () => {
  it('changes what it is asked to, audits old and new, and says when nothing changed', async () => {
    const { inspectionId } = await freshInspection();
    const input = await current();
    expect(await editInspection('peel-test', input, ADMIN)).toEqual({ ok: true, value: { changed: false } });
    const changed = await editInspection(
      'peel-test',
      { ...input, name: 'PEEL 2017', forces: [...input.forces, { code: 'durham', sampleSize: 62 }] },
      ADMIN,
    );
    expect(changed).toEqual({ ok: true, value: { changed: true } });
    const row = getDb().select().from(auditEvents).where(eq(auditEvents.action, 'inspection.updated')).get();
    expect(row?.inspectionId).toBe(inspectionId);
    expect(JSON.parse(row?.detail ?? '{}')).toMatchObject({
      name: { old: 'PEEL test', new: 'PEEL 2017' },
      forces: { new: { durham: 62 } },
    });
  });

  it('keeps a force that has files in scope, at the size it was sampled at', async () => {
    await freshInspection();
    await importSample(await target('kent'), bytes(SAMPLE), ADMIN);
    const input = await current();
    const result = await editInspection(
      'peel-test',
      { ...input, defaultSampleSize: 62, forces: input.forces.filter((f) => f.code !== 'kent') },
      ADMIN,
    );
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'force-kent', message: 'Kent Police cannot be taken out of the inspection: it has 2 case files' }],
    });
    const resized = await editInspection('peel-test', { ...input, defaultSampleSize: 62 }, ADMIN);
    expect(resized).toEqual({
      ok: false,
      problems: [
        { field: 'size-kent', message: 'The sample size for Kent Police must stay 60: its sample has already been drawn or imported' },
      ],
    });
    // Essex has no sample yet: its size follows the default freely once Kent keeps its own 60.
    const kept = await editInspection(
      'peel-test',
      { ...input, defaultSampleSize: 62, forces: input.forces.map((f) => (f.code === 'kent' ? { ...f, sampleSize: 60 } : f)) },
      ADMIN,
    );
    expect(kept.ok).toBe(true);
  });

  it('keeps the crimes-recorded window around the files it already has', async () => {
    await freshInspection();
    await importSample(await target('kent'), bytes(SAMPLE), ADMIN);
    const input = await current();
    const narrowed = await editInspection('peel-test', { ...input, recordedFrom: '2017-01-10', recordedTo: '2017-01-31' }, ADMIN);
    expect(narrowed).toEqual({
      ok: false,
      problems: [
        {
          field: 'recordedFrom',
          message: 'Crimes recorded from must be 5 January 2017 or earlier: the inspection already has files recorded then',
        },
        {
          field: 'recordedTo',
          message: 'Crimes recorded to must be 1 February 2017 or later: the inspection already has files recorded then',
        },
      ],
    });
    expect((await getInspectionSetup('peel-test'))?.recordedTo).toBe(input.recordedTo);
    // Up to the files' own dates, or wider, is fine.
    const fitted = await editInspection('peel-test', { ...input, recordedFrom: '2017-01-05', recordedTo: '2017-02-01' }, ADMIN);
    expect(fitted.ok).toBe(true);
  });

  it('fixes the criteria template once a review has started', async () => {
    const { inspectionId } = await freshInspection();
    await importSample(await target('kent'), bytes(SAMPLE), ADMIN);
    const file = getDb().select().from(caseFiles).where(eq(caseFiles.inspectionId, inspectionId)).get();
    const input = await current();
    const other = getDb()
      .$client.prepare("insert into criteria_templates (slug, version, name) values ('other', 1, 'Other') returning id")
      .get() as { id: number };
    expect((await editInspection('peel-test', { ...input, templateId: other.id }, ADMIN)).ok).toBe(true);
    expect((await editInspection('peel-test', { ...input, templateId: input.templateId }, ADMIN)).ok).toBe(true);
    getDb()
      .insert(reviews)
      .values({ caseFileId: file?.id ?? 0, reviewerId: 1 })
      .run();
    expect(await editInspection('peel-test', { ...input, templateId: other.id }, ADMIN)).toEqual({
      ok: false,
      problems: [{ field: 'templateId', message: 'The criteria template cannot change once reviews have started' }],
    });
    expect((await editInspection('peel-test', { ...input, name: 'Still editable' }, ADMIN)).ok).toBe(true);
  });

  it('does not let a lead remove themselves', async () => {
    const { lead, other } = await freshInspection();
    const input = await current();
    const result = await editInspection('peel-test', { ...input, leadIds: [other.id] }, asUser(lead));
    expect(result).toMatchObject({ ok: false, problems: [{ field: 'leads' }] });
  });
});
