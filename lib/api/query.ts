import { z } from 'zod';

const provisional = z
  .enum(['yes', 'no', 'true', 'false', '1', '0'], 'provisional must be yes or no')
  .default('no')
  .transform((v) => v === 'yes' || v === 'true' || v === '1');

export const findingsQuerySchema = z.object({ provisional }).strict();
export const answersQuerySchema = z
  .object({ provisional, format: z.enum(['csv', 'json'], 'format must be csv or json').optional() })
  .strict();
export const downloadQuerySchema = z.object({ provisional }).strict();

export type QueryResult<T> = { ok: true; data: T } | { ok: false; message: string };

/**
 * Query parameters checked like a form: a misspelt parameter is an error, not silently ignored
 * (someone asking for `?provisonal=yes` must not get final figures thinking they are provisional).
 */
export function parseQuery<T>(schema: z.ZodType<T>, params: URLSearchParams): QueryResult<T> {
  const values: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in values) return { ok: false, message: `${key} is given more than once` };
    values[key] = value;
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  if (issue?.code === 'unrecognized_keys') return { ok: false, message: `Unknown parameter: ${issue.keys.join(', ')}` };
  return { ok: false, message: issue?.message ?? 'The query is not valid' };
}
