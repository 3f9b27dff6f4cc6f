'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { ActionState } from '@/app/_components/forms/action-state';
import { withCsv } from '@/app/_components/forms/csv-upload';
import { form, serverAction } from '@/app/_server/action';
import { drawSample } from '@/lib/samples/draw-sample';
import { importSample, SAMPLE_FILE_FIELD } from '@/lib/samples/import-sample';
import { replaceSampledFile } from '@/lib/samples/replace-file';
import { findScopedTarget } from '@/lib/samples/target';
import { drawSampleSchema, replaceFileSchema } from '@/lib/validation/samples';
import { samplePath } from './load';

const ROLES = ['lead', 'admin'] as const;

/** The forms below are bound to their inspection and force by their pages; each use-case checks the person against them. */
export async function importSampleAction(slug: string, force: string, state: ActionState, formData: FormData) {
  return serverAction(withCsv(SAMPLE_FILE_FIELD, z.object({}).strict()), {
    name: 'sample.import',
    roles: ROLES,
    run: async (who, { file }) => {
      const target = await findScopedTarget(who, slug, force);
      if (!target.ok) return target;
      const result = await importSample(who, target.value, file.bytes, { fileName: file.name });
      return result.ok ? { ok: true as const, value: { path: samplePath(target.value), ...result.value } } : result;
    },
    done: (imported) => redirect(`${imported.path}?${imported.status}=${imported.files}`),
  })(state, formData);
}

export async function drawSampleAction(slug: string, force: string, state: ActionState, formData: FormData) {
  return serverAction(withCsv('population', drawSampleSchema), {
    name: 'sample.draw',
    roles: ROLES,
    run: async (who, { input, file }) => {
      const target = await findScopedTarget(who, slug, force);
      if (!target.ok) return target;
      const result = await drawSample(who, target.value, file.bytes, input.seed, input.sampleSize);
      return result.ok ? { ok: true as const, value: { path: samplePath(target.value), ...result.value } } : result;
    },
    done: (drawn) => redirect(`${drawn.path}?${drawn.status}=${drawn.draw.sampleSize}`),
  })(state, formData);
}

export async function replaceFileAction(slug: string, force: string, caseFileId: number, state: ActionState, formData: FormData) {
  return serverAction(form(replaceFileSchema), {
    name: 'sample.replace',
    roles: ROLES,
    run: async (who, input) => {
      const target = await findScopedTarget(who, slug, force);
      if (!target.ok) return target;
      const result = await replaceSampledFile(who, target.value, caseFileId, input);
      return result.ok ? { ok: true as const, value: samplePath(target.value) } : result;
    },
    done: (path) => redirect(`${path}?replaced=${caseFileId}`),
  })(state, formData);
}
