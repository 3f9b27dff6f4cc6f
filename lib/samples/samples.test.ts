import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { assignments, auditEvents, caseFiles, reviews, sampleDraws, users } from '@/db/schema';
import { generatePopulationCsv } from '@/demo/population';
import { ADMIN, bytes, freshInspection, target } from '@/testing/samples';
import { samples } from '@/testing/samples';

const { importSample, drawSample, replaceSampledFile, previewReplacement, getForceSampleView, listInspectionSamples } = samples;

const HEADER = 'crime_reference,crime_type,recorded_on,outcome,domestic_abuse,repeat_victim,vulnerable_victim';
const SAMPLE = `${HEADER}\r\nK1,rape,2017-01-05,16,yes,no,yes\r\nK2,abh,2017-02-01,,no,no,no\r\nK3,stalking,2017-03-01,1,,,\r\n`;

function fileCount(inspectionId: number, status?: 'sampled' | 'reserve' | 'replaced') {
  return getDb()
    .select()
    .from(caseFiles)
    .where(
      status ? and(eq(caseFiles.inspectionId, inspectionId), eq(caseFiles.sampleStatus, status)) : eq(caseFiles.inspectionId, inspectionId),
    )
    .all().length;
}

describe('importing a force’s sample', () => {
  it('imports every row, and the same file again changes nothing and says so', async () => {
    const { inspectionId } = await freshInspection();
    const kent = await target('kent');
    expect(await importSample(kent, bytes(SAMPLE), ADMIN, { fileName: 'kent.csv' })).toEqual({
      ok: true,
      status: 'imported',
      files: 3,
      targetSize: 60,
      forceAdded: false,
    });
    expect(fileCount(inspectionId, 'sampled')).toBe(3);
    const auditRows = () => getDb().select().from(auditEvents).where(eq(auditEvents.action, 'sample.imported')).all().length;
    expect(auditRows()).toBe(1);
    expect(await importSample(kent, bytes(SAMPLE), ADMIN)).toMatchObject({ ok: true, status: 'unchanged', files: 3 });
    expect(fileCount(inspectionId)).toBe(3);
    expect(auditRows()).toBe(1);
  });

  it('writes nothing at all when any row has a problem', async () => {
    const { inspectionId } = await freshInspection();
    const bad = `${SAMPLE}K4,burglary,2017-01-01,,,,\r\n`;
    const result = await importSample(await target('kent'), bytes(bad), ADMIN);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.report.problems.map((p) => p.message)).toEqual([
        "Row 5: crime_type 'burglary' is not one of theft-from-person, rape, stalking, harassment, common-assault, gbh-wounding, abh",
      ]);
    expect(fileCount(inspectionId)).toBe(0);
  });

  it('refuses files recorded outside the inspection’s window', async () => {
    await freshInspection();
    const result = await importSample(await target('kent'), bytes(`${HEADER}\nK1,rape,2017-04-05,,,,\n`), ADMIN);
    expect(result).toMatchObject({ ok: false, report: { total: 1 } });
  });

  it('keeps an existing sample when a different file is imported over it', async () => {
    const { inspectionId } = await freshInspection();
    const kent = await target('kent');
    await importSample(kent, bytes(SAMPLE), ADMIN);
    const other = SAMPLE.replace('K3,stalking,2017-03-01,1', 'K3,stalking,2017-03-01,2').replace('K2,', 'K9,');
    const result = await importSample(kent, bytes(other), ADMIN);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.report.problems[0]?.message).toBe(
        'Kent Police already has a sample of 3 files, and this file differs from it (1 file not in it, 1 file with different details, 1 file of it missing). Nothing was imported',
      );
    expect(
      getDb()
        .select()
        .from(caseFiles)
        .where(eq(caseFiles.inspectionId, inspectionId))
        .all()
        .map((f) => f.crimeReference)
        .sort(),
    ).toEqual(['K1', 'K2', 'K3']);
  });

  it('refuses a force outside the inspection, unless asked to add it (as the command line does)', async () => {
    await freshInspection();
    const durham = await target('durham');
    expect(durham.inScope).toBe(false);
    expect(await importSample(durham, bytes(SAMPLE), ADMIN)).toMatchObject({ ok: false });
    expect(await importSample(durham, bytes(SAMPLE), ADMIN, { addForce: true })).toMatchObject({
      ok: true,
      status: 'imported',
      forceAdded: true,
    });
    expect((await target('durham')).inScope).toBe(true);
  });
});

describe('drawing a force’s sample from its population', () => {
  it('draws 60 of 3,000 in proportion, keeps the rest as reserves and records how', async () => {
    const { inspectionId } = await freshInspection();
    const population = bytes(generatePopulationCsv({ force: 'kent', size: 3000 }));
    const result = await drawSample(await target('kent'), population, 'kent-2017', 60, ADMIN);
    if (!result.ok) throw new Error(result.report.problems[0]?.message);
    expect(result.status).toBe('drawn');
    expect(result.draw.chosen).toHaveLength(60);
    expect(result.draw.strata.reduce((n, s) => n + s.population, 0)).toBe(3000);
    expect(result.draw.strata.reduce((n, s) => n + s.sample, 0)).toBe(60);
    for (const s of result.draw.strata) expect(Math.abs(s.sample - (60 * s.population) / 3000)).toBeLessThan(1);
    expect(fileCount(inspectionId, 'sampled')).toBe(60);
    expect(fileCount(inspectionId, 'reserve')).toBe(2940);
    const draw = getDb().select().from(sampleDraws).get();
    expect(draw).toMatchObject({ seed: 'kent-2017', method: 'stratified-proportional-v1', sampleSize: 60, populationSize: 3000 });
    expect(draw?.populationHash).toMatch(/^[0-9a-f]{64}$/);

    const view = await getForceSampleView(await target('kent'));
    expect(view.origin).toBe('drawn');
    expect(view.totals).toEqual({ sampled: 60, reserve: 2940, replaced: 0 });
    expect(view.strata.reduce((n, s) => n + (s.population ?? 0), 0)).toBe(3000);
    expect(view.strata.every((s) => s.inSample === s.allocated)).toBe(true);
    expect(view.reserves.reduce((n, r) => n + r.total, 0)).toBe(2940);
    for (const r of view.reserves)
      expect(r.next.map((f) => f.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].slice(0, Math.min(10, r.total)));
  });

  it('gives the same sample for the same file and seed in another database, and repeating it changes nothing', async () => {
    const population = bytes(generatePopulationCsv({ force: 'met', size: 500 }));
    await freshInspection();
    const first = await drawSample(await target('met'), population, 'met-seed', 90, ADMIN);
    const again = await drawSample(await target('met'), population, 'met-seed', 90, ADMIN);
    await freshInspection();
    const elsewhere = await drawSample(await target('met'), population, 'met-seed', 90, ADMIN);
    if (!first.ok || !again.ok || !elsewhere.ok) throw new Error('draw failed');
    expect(again.status).toBe('unchanged');
    expect(again.draw.chosen).toEqual(first.draw.chosen);
    expect(elsewhere.draw.chosen).toEqual(first.draw.chosen);
    expect(getDb().select().from(sampleDraws).all()).toHaveLength(1);
  });

  it('refuses a second, different draw, and a sample larger than the population', async () => {
    await freshInspection();
    const population = bytes(generatePopulationCsv({ force: 'kent', size: 100 }));
    expect(await drawSample(await target('kent'), population, 's', 101, ADMIN)).toMatchObject({
      ok: false,
      field: 'sampleSize',
      report: { problems: [{ message: 'The population file has 100 files, fewer than the sample size of 101' }] },
    });
    await drawSample(await target('kent'), population, 's', 60, ADMIN);
    const second = await drawSample(await target('kent'), population, 'other seed', 60, ADMIN);
    expect(second).toMatchObject({
      ok: false,
      report: { problems: [{ message: "Kent Police’s sample has already been drawn, with the seed 's'. Nothing was drawn" }] },
    });
  });
});

describe('replacing a sampled file from the reserve list', () => {
  it('brings in the next reserve of the same crime type and keeps the replaced file and its history', async () => {
    const { inspectionId } = await freshInspection();
    const kent = await target('kent');
    await drawSample(kent, bytes(generatePopulationCsv({ force: 'kent', size: 600 })), 'kent', 60, ADMIN);
    const files = getDb().select().from(caseFiles).where(eq(caseFiles.inspectionId, inspectionId)).all();
    const victim = files.find((f) => f.sampleStatus === 'sampled' && f.crimeType === 'harassment');
    if (!victim) throw new Error('no harassment file sampled');
    // A review already started on it stays with it.
    getDb().insert(reviews).values({ caseFileId: victim.id, reviewerId: 1 }).run();
    const firstReserve = files.find((f) => f.sampleStatus === 'reserve' && f.crimeType === 'harassment' && f.reservePosition === 1);

    const result = await replaceSampledFile(kent, victim.id, { reason: 'unavailable', note: 'The force could not find the file' }, ADMIN);
    expect(result).toEqual({ ok: true, replaced: victim.crimeReference, replacement: firstReserve?.crimeReference, reservePosition: 1 });
    const after = getDb().select().from(caseFiles).where(eq(caseFiles.id, victim.id)).get();
    expect(after).toMatchObject({
      sampleStatus: 'replaced',
      replacedReason: 'unavailable',
      replacedNote: 'The force could not find the file',
      replacementId: firstReserve?.id,
    });
    expect(getDb().select().from(reviews).where(eq(reviews.caseFileId, victim.id)).all()).toHaveLength(1);
    expect(fileCount(inspectionId, 'sampled')).toBe(60);
    expect(fileCount(inspectionId, 'replaced')).toBe(1);
    const audit = getDb()
      .select()
      .from(auditEvents)
      .all()
      .filter((a) => a.action.startsWith('case-file.'));
    expect(audit.map((a) => [a.action, a.caseFileId])).toEqual([
      ['case-file.replaced', victim.id],
      ['case-file.brought-in', firstReserve?.id],
    ]);

    const view = await getForceSampleView(kent);
    expect(view.replacements).toMatchObject([
      { crimeReference: victim.crimeReference, reason: 'Unavailable', replacement: firstReserve?.crimeReference },
    ]);
    expect(view.sample.find((f) => f.crimeReference === firstReserve?.crimeReference)?.replaces).toBe(victim.crimeReference);
    expect(await replaceSampledFile(kent, victim.id, { reason: 'unavailable', note: 'again' }, ADMIN)).toEqual({
      ok: false,
      message: `${victim.crimeReference} is not in the sample now, so it cannot be replaced`,
    });
  });

  it('hands the replacement to the inspector who had the file, and warns that a submitted review stops counting', async () => {
    const { inspectionId } = await freshInspection();
    const kent = await target('kent');
    await drawSample(kent, bytes(generatePopulationCsv({ force: 'kent', size: 600 })), 'kent', 60, ADMIN);
    const files = getDb().select().from(caseFiles).where(eq(caseFiles.inspectionId, inspectionId)).all();
    const victim = files.find((f) => f.sampleStatus === 'sampled' && f.crimeType === 'abh');
    const reserve = files.find((f) => f.sampleStatus === 'reserve' && f.crimeType === 'abh' && f.reservePosition === 1);
    if (!victim || !reserve) throw new Error('no abh file sampled');
    const inspector = getDb()
      .insert(users)
      .values({ email: 'ina@x.example', name: 'Ina Spector', role: 'inspector', passwordHash: 'x' })
      .returning()
      .get();
    getDb().insert(assignments).values({ caseFileId: victim.id, userId: inspector.id }).run();
    getDb().insert(reviews).values({ caseFileId: victim.id, reviewerId: inspector.id, status: 'submitted' }).run();

    const preview = await previewReplacement(kent, victim.id);
    expect(preview?.work).toEqual({ assignee: 'Ina Spector', reviewStatus: 'submitted', reviewer: 'Ina Spector' });
    expect((await replaceSampledFile(kent, victim.id, { reason: 'out_of_scope', note: 'Recorded in error' }, ADMIN)).ok).toBe(true);
    expect(getDb().select().from(assignments).where(eq(assignments.caseFileId, reserve.id)).get()?.userId).toBe(inspector.id);
  });

  it('says so when a crime type has no reserves left, and changes nothing', async () => {
    const { inspectionId } = await freshInspection();
    const kent = await target('kent');
    const population = `${HEADER}\nR1,rape,2017-01-01,,,,\nR2,rape,2017-01-02,,,,\nA1,abh,2017-01-03,,,,\nA2,abh,2017-01-04,,,,\n`;
    await drawSample(kent, bytes(population), 'x', 2, ADMIN);
    const rape = getDb()
      .select()
      .from(caseFiles)
      .where(and(eq(caseFiles.crimeType, 'rape'), eq(caseFiles.sampleStatus, 'sampled')))
      .get();
    if (!rape) throw new Error('no rape file sampled');
    expect(await replaceSampledFile(kent, rape.id, { reason: 'out_of_scope', note: 'Recorded in April' }, ADMIN)).toMatchObject({
      ok: true,
    });
    const next = getDb()
      .select()
      .from(caseFiles)
      .where(and(eq(caseFiles.crimeType, 'rape'), eq(caseFiles.sampleStatus, 'sampled')))
      .get();
    expect(await replaceSampledFile(kent, next?.id ?? 0, { reason: 'unavailable', note: 'Lost' }, ADMIN)).toEqual({
      ok: false,
      message: `There are no reserve files of rape (including attempts) left for Kent Police, so ${next?.crimeReference ?? ''} has not been replaced.`,
    });
    expect(fileCount(inspectionId, 'sampled')).toBe(2);
  });

  it('explains that an imported sample has no reserves, and refuses a file of another force', async () => {
    await freshInspection();
    const kent = await target('kent');
    await importSample(kent, bytes(SAMPLE), ADMIN);
    const k1 = getDb().select().from(caseFiles).where(eq(caseFiles.crimeReference, 'K1')).get();
    expect(await replaceSampledFile(kent, k1?.id ?? 0, { reason: 'unavailable', note: 'Lost' }, ADMIN)).toMatchObject({
      ok: false,
      message: expect.stringContaining('This sample was imported from a file, so it has no reserve list.') as unknown,
    });
    expect(await replaceSampledFile(await target('essex'), k1?.id ?? 0, { reason: 'unavailable', note: 'Lost' }, ADMIN)).toEqual({
      ok: false,
      message: 'That file is not in Essex Police’s sample',
    });
  });
});

describe('the samples across an inspection', () => {
  it('lists each force with its size, how its sample was chosen and its counts', async () => {
    await freshInspection();
    await importSample(await target('kent'), bytes(SAMPLE), ADMIN);
    await drawSample(await target('met'), bytes(generatePopulationCsv({ force: 'met', size: 1000 })), 'm', 90, ADMIN);
    const list = await listInspectionSamples('peel-test');
    expect(list?.rows).toEqual([
      { code: 'essex', name: 'Essex Police', targetSize: 60, targetIsDefault: true, origin: 'none', sampled: 0, replaced: 0, reserve: 0 },
      { code: 'kent', name: 'Kent Police', targetSize: 60, targetIsDefault: true, origin: 'imported', sampled: 3, replaced: 0, reserve: 0 },
      {
        code: 'met',
        name: 'Metropolitan Police Service',
        targetSize: 90,
        targetIsDefault: false,
        origin: 'drawn',
        sampled: 90,
        replaced: 0,
        reserve: 910,
      },
    ]);
  });
});
