import type { Rule } from './rule-ast';

/** How an option counts in findings (CONTRACTS.md section 5). */
export const COUNTS_AS = ['met', 'partly', 'not_met', 'not_applicable'] as const;
export type CountsAs = (typeof COUNTS_AS)[number];

export interface ScaleOption {
  readonly code: string;
  readonly label: string;
  readonly countsAs: CountsAs;
}

export interface Scale {
  readonly code: string;
  readonly options: readonly ScaleOption[];
}

/** A crime type or a flag of a template: the facts its files carry. */
export interface CodeAndLabel {
  readonly code: string;
  readonly label: string;
}

export interface TemplateQuestion {
  readonly code: string;
  readonly theme: string;
  readonly wording: string;
  /** Shown beside the question; null when there is none. */
  readonly guidance: string | null;
  /** The scale's code, built-in or one of the template's own. */
  readonly scale: string;
  /** That scale's options, resolved once so that a form or a count needs nothing else. */
  readonly options: readonly ScaleOption[];
  /** When the question is asked; null: always. */
  readonly rule: Rule | null;
  /** The rule's canonical text (printRule), '' for always: what the file and the editor show. */
  readonly ruleText: string;
  /** The met phrase of report sentences; null: the sentence quotes the question. */
  readonly finding: string | null;
  readonly key: boolean;
}

/**
 * A criteria template as read from its file (CONTRACTS.md section 5), checked and normalised.
 * `scales` holds only the template's own scales, as the file does, so that writing it back gives the
 * same file; the built-in ones are BUILT_IN_SCALES, and `findScale` looks in both.
 */
export interface TemplateDefinition {
  readonly slug: string;
  readonly version: number;
  readonly name: string;
  readonly crimeTypes: readonly CodeAndLabel[];
  readonly flags: readonly CodeAndLabel[];
  readonly scales: readonly Scale[];
  readonly questions: readonly TemplateQuestion[];
  /** The questions' themes, each once, in the order they first appear. */
  readonly themes: readonly string[];
}

const BUILT_IN_OPTIONS = {
  yes: { code: 'yes', label: 'Yes', countsAs: 'met' },
  partly: { code: 'partly', label: 'Partly', countsAs: 'partly' },
  no: { code: 'no', label: 'No', countsAs: 'not_met' },
  na: { code: 'na', label: 'Not applicable', countsAs: 'not_applicable' },
} as const satisfies Record<string, ScaleOption>;

/** The scales every template has (DOMAIN.md answer sets), which no template may redefine. */
export const BUILT_IN_SCALES: readonly Scale[] = [
  { code: 'YN', options: [BUILT_IN_OPTIONS.yes, BUILT_IN_OPTIONS.no] },
  { code: 'YNA', options: [BUILT_IN_OPTIONS.yes, BUILT_IN_OPTIONS.no, BUILT_IN_OPTIONS.na] },
  { code: 'YPN', options: [BUILT_IN_OPTIONS.yes, BUILT_IN_OPTIONS.partly, BUILT_IN_OPTIONS.no] },
  { code: 'YPNA', options: [BUILT_IN_OPTIONS.yes, BUILT_IN_OPTIONS.partly, BUILT_IN_OPTIONS.no, BUILT_IN_OPTIONS.na] },
];

export const BUILT_IN_SCALE_CODES: readonly string[] = BUILT_IN_SCALES.map((s) => s.code);
