/**
 * Characters as a person counts them: code points, so that "é" or "😀" is one character, in
 * columns and in length limits alike.
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** A character as a message shows it: itself, or U+XXXX for one that would be invisible. */
export function showCharacter(ch: string): string {
  if (!/\p{Cc}|\p{Cf}|\p{Z}/u.test(ch)) return `"${ch}"`;
  return `character U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
