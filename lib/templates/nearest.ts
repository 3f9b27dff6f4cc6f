/**
 * The likely intended word for a misspelt one ("domestc_abuse" → "domestic_abuse", "lable" →
 * "label"), so that a refusal can say what was probably meant. Only a single clear winner is
 * offered, within one edit for a short word and two for a longer one: a guess between equals, or
 * "code" offered for "note", would mislead more than it helps.
 */
export function nearest(word: string, choices: readonly string[]): string | null {
  const reach = word.length <= 4 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = reach + 1;
  let tie = false;
  for (const choice of choices) {
    const d = editDistance(word, choice);
    if (d < bestDistance) [best, bestDistance, tie] = [choice, d, false];
    else if (d === bestDistance && choice !== best) tie = true;
  }
  return tie ? null : best;
}

/**
 * Edits between two words: insertions, deletions, substitutions and swaps of two neighbouring
 * characters, one each (the optimal string alignment distance), since swapped letters are the
 * commonest slip of all.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}
