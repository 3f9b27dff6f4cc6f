import crypto from 'node:crypto';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { BackLink } from '@/app/_components/govuk';
import { pageData } from '@/app/_server/guards';
import { hasSample } from '@/lib/samples/sample-view';
import { DRAW_METHOD_DESCRIPTION } from '@/lib/random-sampling/draw';
import { drawSampleAction } from '../actions';
import { loadSampleTarget, samplePath } from '../load';
import { DrawSampleForm } from '../upload-forms';

export const metadata: Metadata = { title: 'Draw a force’s sample' };

export default async function DrawSamplePage({ params }: { params: Promise<{ slug: string; force: string }> }) {
  const { slug, force } = await params;
  const { user, target } = await loadSampleTarget(slug, force);
  if (await pageData(await hasSample(user, target))) redirect(samplePath(target));
  // A fresh suggestion each time; whatever is used is recorded with the draw.
  const suggestedSeed = `${target.inspectionSlug}-${target.force.code}-${crypto.randomBytes(4).toString('hex')}`;
  return (
    <>
      <BackLink href={samplePath(target)}>Back to the sample</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <DrawSampleForm
            action={drawSampleAction.bind(null, slug, force)}
            suggestedSeed={suggestedSeed}
            sampleSize={target.targetSize}
            heading={
              <>
                <span className="govuk-caption-l">{target.inspectionName}</span>
                <h1 className="govuk-heading-l">Draw {target.force.name}’s sample</h1>
                <p className="govuk-body">{DRAW_METHOD_DESCRIPTION}</p>
                <p className="govuk-body">
                  Every file in the population that is not drawn becomes a reserve, used in order when a sampled file is replaced.
                </p>
              </>
            }
          />
        </div>
      </div>
    </>
  );
}
