'use server';

import { redirect } from 'next/navigation';
import { actionUser, REFUSED } from '@/app/_server/guards';
import { clientIp } from '@/app/_server/session';
import { fileErrors, uploadedCsv as uploaded } from '@/app/_components/forms/csv-upload';
import type { UploadState } from '@/app/_components/forms/csv-upload-state';
import { drawSample } from '@/lib/samples/draw-sample';
import { importSample } from '@/lib/samples/import-sample';
import { replaceSampledFile } from '@/lib/samples/replace-file';
import { formDataToObject, parseForm, type ActionState } from '@/lib/validation/form-data';
import { drawSampleSchema, replaceFileSchema } from '@/lib/validation/samples';
import { actionSampleTarget, samplePath } from './load';

const refused = (values: Record<string, string> = {}): UploadState => ({
  ok: false,
  fieldErrors: {},
  problems: [REFUSED.formError],
  total: 1,
  values,
});

async function actor() {
  const user = await actionUser('lead', 'admin');
  return user ? { user, actor: { id: user.id, label: user.email, ip: await clientIp() } } : null;
}

export async function importSampleAction(slug: string, force: string, _state: UploadState, formData: FormData): Promise<UploadState> {
  const who = await actor();
  if (!who) return refused();
  const target = await actionSampleTarget(who.user, slug, force);
  if (!target) return refused();
  const file = await uploaded(formData, 'sampleFile');
  if (!file.ok) return { ok: false, fieldErrors: { sampleFile: file.message }, problems: [], total: 0, values: {} };
  const result = await importSample(target, file.bytes, who.actor, { fileName: file.name });
  if (!result.ok) return fileErrors('sampleFile', result.report, 'nothing was imported', {});
  redirect(`${samplePath(target)}?${result.status}=${result.files}`);
}

export async function drawSampleAction(slug: string, force: string, _state: UploadState, formData: FormData): Promise<UploadState> {
  const who = await actor();
  if (!who) return refused();
  const target = await actionSampleTarget(who.user, slug, force);
  const values = formDataToObject(formData);
  if (!target) return refused(values);
  const parsed = parseForm(drawSampleSchema, formData);
  const file = await uploaded(formData, 'population');
  const fieldErrors: Record<string, string> = {
    ...(file.ok ? {} : { population: file.message }),
    ...(parsed.ok ? {} : parsed.errors.fieldErrors),
  };
  if (!parsed.ok && parsed.errors.formError) return refused(values);
  if (!file.ok || !parsed.ok) return { ok: false, fieldErrors, problems: [], total: 0, values };
  const result = await drawSample(target, file.bytes, parsed.data.seed, parsed.data.sampleSize, who.actor);
  if (!result.ok) return fileErrors(result.field, result.report, 'nothing was drawn', values);
  redirect(`${samplePath(target)}?${result.status}=${result.draw.sampleSize}`);
}

export async function replaceFileAction(
  slug: string,
  force: string,
  caseFileId: number,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const who = await actor();
  if (!who) return REFUSED;
  const target = await actionSampleTarget(who.user, slug, force);
  if (!target) return REFUSED;
  const parsed = parseForm(replaceFileSchema, formData);
  if (!parsed.ok) return { ok: false, ...parsed.errors };
  const result = await replaceSampledFile(target, caseFileId, parsed.data, who.actor);
  if (!result.ok) return { ok: false, fieldErrors: {}, values: formDataToObject(formData), formError: result.message };
  redirect(`${samplePath(target)}?replaced=${caseFileId}`);
}
