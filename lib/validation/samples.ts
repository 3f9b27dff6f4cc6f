import { z } from 'zod';
import { sampleSizeSchema } from './inspections';

export const SEED_MAX_LENGTH = 100;

export const seedSchema = z
  .string()
  .trim()
  .min(1, 'Enter a seed')
  .max(SEED_MAX_LENGTH, `Seed must be ${SEED_MAX_LENGTH} characters or fewer`)
  .regex(/^[\x20-\x7e]+$/, 'Seed must only use letters, numbers, spaces and the punctuation on a keyboard');

/** The fields beside the population file on the "draw the sample" form. */
export const drawSampleSchema = z
  .object({
    seed: seedSchema,
    sampleSize: sampleSizeSchema('Sample size'),
  })
  .strict();

export const REPLACEMENT_REASONS = [
  { value: 'unavailable', label: 'Unavailable', hint: 'The force cannot produce the file, or it cannot be read' },
  { value: 'out_of_scope', label: 'Out of scope', hint: 'The file is not a crime the inspection covers, or falls outside its window' },
] as const;

export type ReplacementReason = (typeof REPLACEMENT_REASONS)[number]['value'];

export const REPLACEMENT_REASON_LABELS: Record<ReplacementReason, string> = { unavailable: 'Unavailable', out_of_scope: 'Out of scope' };

export const NOTE_MAX_LENGTH = 1000;

export const replaceFileSchema = z
  .object({
    reason: z.enum(['unavailable', 'out_of_scope'], 'Select why the file is being replaced'),
    note: z
      .string()
      .trim()
      .min(1, 'Explain why the file is being replaced')
      .max(NOTE_MAX_LENGTH, `Explanation must be ${NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`),
  })
  .strict();

export type ReplaceFileInput = z.infer<typeof replaceFileSchema>;
