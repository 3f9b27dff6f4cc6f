/**
 * Codes shared by files, forms and exports (CONTRACTS.md, "Codes"). Crime types, flags and answer
 * scales belong to each criteria template (db/seed-data/templates, lib/templates).
 */

/** Home Office crime outcome types, numbered 1–22. */
export const OUTCOMES: Readonly<Record<number, string>> = {
  1: 'Charged/summonsed',
  2: 'Caution – youth',
  3: 'Caution – adult',
  4: 'Taken into consideration',
  5: 'Offender died',
  6: 'Penalty notice for disorder',
  7: 'Cannabis/khat warning',
  8: 'Community resolution',
  9: 'Prosecution not in the public interest (CPS)',
  10: 'Formal action not in the public interest (police)',
  11: 'Prosecution prevented – suspect under age',
  12: 'Prosecution prevented – suspect too ill',
  13: 'Prosecution prevented – victim/key witness dead or too ill',
  14: 'Evidential difficulties – suspect not identified; victim does not support action',
  15: 'Evidential difficulties – suspect identified; victim supports action',
  16: 'Evidential difficulties – victim does not support (or withdraws support for) action',
  17: 'Prosecution time limit expired',
  18: 'Investigation complete – no suspect identified',
  19: 'Not investigated by NFIB (fraud)',
  20: 'Action undertaken by another body/agency',
  21: 'Further investigation not in the public interest (police)',
  22: 'Diversionary, educational or intervention activity',
};

export const OUTCOME_NUMBERS: readonly number[] = Object.keys(OUTCOMES).map(Number);

export function outcomeLabel(outcome: number | null): string {
  if (outcome === null) return 'Not yet finalised (under investigation)';
  const label = OUTCOMES[outcome];
  return label ? `${outcome} – ${label}` : String(outcome);
}

export const ROLES = ['inspector', 'lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  inspector: 'Inspector',
  lead: 'Lead',
  admin: 'Admin',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
