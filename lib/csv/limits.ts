/** How big a file the service reads. Stated to people in the upload hint and in the refusal. */
export interface CsvLimits {
  maxBytes: number;
  maxRows: number;
}

export const CSV_LIMITS: CsvLimits = { maxBytes: 10 * 1024 * 1024, maxRows: 100_000 };

export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10}MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)}KB`;
  return `${bytes} bytes`;
}
