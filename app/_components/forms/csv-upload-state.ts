/** What the import and draw forms get back when nothing was written (success redirects). */
export type UploadState = null | {
  ok: false;
  /** Field errors keyed by input id; `file` is the upload itself. */
  fieldErrors: Record<string, string>;
  /** Every problem in the uploaded file, in plain words with row and column. */
  problems: string[];
  /** How many problems there were in all, when more than are listed. */
  total: number;
  values: Record<string, string>;
};
