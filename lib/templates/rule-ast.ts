/**
 * The applies-when rule of a template question (CONTRACTS.md section 6), as a tree.
 *
 * The tree is canonical, so that one meaning written two ways is stored one way and parse → print →
 * parse gives back the very same tree:
 * - `crime_type = x` and `crime_type in (x)` are both a `crimeType` test with one code (likewise
 *   for `outcome` and `answer`); a list keeps the order it was written in and never repeats a value;
 * - brackets are not kept: they only decide the shape of the tree;
 * - `and` and `or` are flat lists of two or more parts, and a part is never of its own kind
 *   (`(a or b) or c` is one `or` of three parts);
 * - `not` is kept as written, `not not a` included, so that the text a person wrote reads back.
 *
 * `null` stands for "always applies" (an empty rule).
 */
export type Rule =
  | { readonly kind: 'flag'; readonly flag: string }
  | { readonly kind: 'crimeType'; readonly codes: readonly string[] }
  | { readonly kind: 'outcome'; readonly outcomes: readonly number[] }
  | { readonly kind: 'hasOutcome' }
  | { readonly kind: 'answer'; readonly question: string; readonly options: readonly string[] }
  | { readonly kind: 'not'; readonly rule: Rule }
  | { readonly kind: 'and'; readonly rules: readonly Rule[] }
  | { readonly kind: 'or'; readonly rules: readonly Rule[] };

export type RuleKind = Rule['kind'];

/**
 * Joins parts with `and` or `or` the canonical way: parts of the same kind are merged into the list,
 * and a single part stands alone. Parsing and the legacy conversion both build through here.
 */
export function joinRules(kind: 'and' | 'or', parts: readonly Rule[]): Rule {
  const flat = parts.flatMap((part) => (part.kind === kind ? part.rules : [part]));
  const [only] = flat;
  if (flat.length === 1 && only !== undefined) return only;
  return { kind, rules: flat };
}

/** The questions whose answers a rule looks at, in the order they are first named. */
export function questionsNamed(rule: Rule | null): string[] {
  const seen: string[] = [];
  const visit = (r: Rule): void => {
    if (r.kind === 'answer' && !seen.includes(r.question)) seen.push(r.question);
    else if (r.kind === 'not') visit(r.rule);
    else if (r.kind === 'and' || r.kind === 'or') r.rules.forEach(visit);
  };
  if (rule !== null) visit(rule);
  return seen;
}
