/** A real calendar date written YYYY-MM-DD, or the reason it is not. */
export function checkIsoDate(value: string): 'ok' | 'form' | 'unreal' {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return 'form';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? 'ok' : 'unreal';
}
