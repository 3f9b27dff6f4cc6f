// Builds the benchmarks' national datasets: the 43 forces, 60 files each (90 for the three largest
// forces) times a scale factor, the full PEEL 2017 template, generated reviews.
import fs from 'node:fs';
import path from 'node:path';
import { closeDb, getDb } from '@/db/client';
import { seedUsersIfNone } from '@/db/seed';
import { seedReviewedInspection } from '@/demo/reviewed-inspection';
import { FORCES, LARGE_SAMPLE_FORCES } from '@/domain/forces';
import { prepareReferenceData } from '@/lib/setup';

export const BENCH_SLUG = 'peel-national-bench';
export const BENCH_LEAD = 'bench-lead@review.example';
export const benchInspector = (i: number) => `bench-inspector-${i + 1}@review.example`;

interface Variant {
  file: string;
  name: string;
  scale: number;
  reviewers: number;
  /** Percentage of files whose review is still a draft; the rest are submitted. */
  draftPercent: number;
}

export function datasetPath(scale: number): string {
  return path.resolve(`bench/.data/national-x${scale}.db`);
}

async function build(v: Variant): Promise<void> {
  const building = `${v.file}.building`;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(building + suffix, { force: true });
  process.env.DATABASE_URL = building;
  const db = getDb();
  prepareReferenceData();
  const reviewers = Array.from({ length: v.reviewers }, (_, i) => benchInspector(i));
  seedUsersIfNone(db, [
    { email: BENCH_LEAD, name: 'Bench Lead', role: 'lead', passwordHash: 'not-a-password' },
    ...reviewers.map((email, i) => ({
      email,
      name: `Bench Inspector ${i + 1}`,
      role: 'inspector' as const,
      passwordHash: 'not-a-password',
    })),
  ]);
  await seedReviewedInspection({
    slug: BENCH_SLUG,
    name: v.name,
    seed: 'bench national',
    forces: FORCES.map((f) => ({ code: f.code, files: (LARGE_SAMPLE_FORCES.includes(f.code) ? 90 : 60) * v.scale })),
    leadEmails: [BENCH_LEAD],
    reviewerEmails: reviewers,
    draftPercent: v.draftPercent,
  });
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.exec('ANALYZE');
  closeDb();
  fs.renameSync(building, v.file);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(building + suffix, { force: true });
}

async function ensure(v: Variant, rebuild: boolean): Promise<{ file: string; builtMs: number | null }> {
  if (!rebuild && fs.existsSync(v.file)) return { file: v.file, builtMs: null };
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(v.file + suffix, { force: true });
  const started = performance.now();
  await build(v);
  return { file: v.file, builtMs: performance.now() - started };
}

/** Every review submitted, 40 inspectors: the findings and exports benchmarks. Built unless there. */
export function ensureDataset(scale: number, rebuild: boolean): Promise<{ file: string; builtMs: number | null }> {
  return ensure({ file: datasetPath(scale), name: `National benchmark (×${scale})`, scale, reviewers: 40, draftPercent: 0 }, rebuild);
}

/** National size with 100 inspectors and a third of the reviews in draft: the saving benchmark. */
export function ensureFieldworkDataset(rebuild: boolean): Promise<{ file: string; builtMs: number | null }> {
  return ensure(
    {
      file: path.resolve('bench/.data/national-fieldwork.db'),
      name: 'National benchmark (fieldwork week)',
      scale: 1,
      reviewers: 100,
      draftPercent: 33,
    },
    rebuild,
  );
}
