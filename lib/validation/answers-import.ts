import { z } from 'zod';

/**
 * The fields beside the spreadsheet on the "import answers" page. The inspection and force travel
 * as hidden fields; the use-case checks that the person importing leads that inspection.
 */
export const answersImportSchema = z
  .object({
    inspection: z.string().min(1).max(200),
    force: z.string().min(1).max(100),
    reviewer: z
      .string()
      .regex(/^\d{1,9}$/, 'Select the inspector whose answers these are')
      .transform(Number),
    submit: z.literal('yes').optional(),
  })
  .strict();

export type AnswersImportFields = z.infer<typeof answersImportSchema>;
