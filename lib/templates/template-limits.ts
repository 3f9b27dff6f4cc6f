/**
 * The limits of a template file beyond those CONTRACTS.md section 5 fixes. They are generous for any
 * real question set, and they exist so that a mistaken or hostile file cannot produce pages, CSV
 * headers or report sentences nobody can use. Lengths count characters (code points).
 */
export const TEMPLATE_LIMITS = {
  /** The whole file, in bytes. The PEEL 2017 template is under 10 kB. */
  fileBytes: 1_000_000,
  /** A version is stored as an SQL integer. */
  versionMax: 2_147_483_647,
  nameLength: 200,
  /** Crime type, flag and option labels. */
  labelLength: 100,
  themeLength: 100,
  wordingLength: 500,
  /** Guidance may run to a few paragraphs (line breaks allowed), as a rationale may. */
  guidanceLength: 2000,
  /** A finding ends a report sentence: "in 54 of them <finding>". */
  findingLength: 300,
  ruleLength: 1000,
  crimeTypes: 100,
  /** Each flag is a column of the case-file list (CONTRACTS.md format 1). */
  flags: 20,
  scales: 20,
  /** A scale offers a choice (at least 2) that still fits on a form (at most 10). */
  scaleOptionsMin: 2,
  scaleOptionsMax: 10,
  questions: 200,
  /** Scale codes are not fixed by the contract; like the built-in ones, upper case. */
  scaleCodeLength: 20,
} as const;
