// Builds the benchmark's national datasets: the 43 forces, 60 files each (90 for the three largest
// forces) times a scale factor, the full PEEL 2017 template, every file with a submitted review.
import fs from 'node:fs';
import path from 'node:path';
import { closeDb, getDb } from '@/db/client';
import { seedUsersIfNone } from '@/db/seed';
import { seedReviewedInspection } from '@/demo/reviewed-inspection';
import { FORCES, LARGE_SAMPLE_FORCES } from '@/domain/forces';
import { prepareReferenceData } from '@/lib/setup';

export const BENCH_SLUG = 'peel-national-bench';
const REVIEWERS = Array.from({ length: 40 }, (_, i) => `bench-inspector-${i + 1}@review.example`);

export function datasetPath(scale: number): string {
  return path.resolve(`bench/.data/national-x${scale}.db`);
}

/** Creates the dataset file unless it is already there (pass rebuild to start again). */
export async function ensureDataset(scale: number, rebuild: boolean): Promise<{ file: string; builtMs: number | null }> {
  const file = datasetPath(scale);
  if (rebuild || !fs.existsSync(file)) {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    const started = performance.now();
    process.env.DATABASE_URL = `${file}.building`;
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}.building${suffix}`, { force: true });
    const db = getDb();
    prepareReferenceData();
    seedUsersIfNone(db, [
      { email: 'bench-lead@review.example', name: 'Bench Lead', role: 'lead', passwordHash: 'not-a-password' },
      ...REVIEWERS.map((email, i) => ({
        email,
        name: `Bench Inspector ${i + 1}`,
        role: 'inspector' as const,
        passwordHash: 'not-a-password',
      })),
    ]);
    await seedReviewedInspection({
      slug: BENCH_SLUG,
      name: `National benchmark (×${scale})`,
      seed: 'bench national',
      forces: FORCES.map((f) => ({ code: f.code, files: (LARGE_SAMPLE_FORCES.includes(f.code) ? 90 : 60) * scale })),
      leadEmails: ['bench-lead@review.example'],
      reviewerEmails: REVIEWERS,
    });
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    db.$client.exec('ANALYZE');
    closeDb();
    fs.renameSync(`${file}.building`, file);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}.building${suffix}`, { force: true });
    return { file, builtMs: performance.now() - started };
  }
  return { file, builtMs: null };
}
