/** The 43 geographic forces of England and Wales, in DOMAIN.md order, with the codes of CONTRACTS.md. */
export const FORCES = [
  { code: 'avon-somerset', name: 'Avon and Somerset Constabulary' },
  { code: 'bedfordshire', name: 'Bedfordshire Police' },
  { code: 'cambridgeshire', name: 'Cambridgeshire Constabulary' },
  { code: 'cheshire', name: 'Cheshire Constabulary' },
  { code: 'city-of-london', name: 'City of London Police' },
  { code: 'cleveland', name: 'Cleveland Police' },
  { code: 'cumbria', name: 'Cumbria Constabulary' },
  { code: 'derbyshire', name: 'Derbyshire Constabulary' },
  { code: 'devon-cornwall', name: 'Devon and Cornwall Police' },
  { code: 'dorset', name: 'Dorset Police' },
  { code: 'durham', name: 'Durham Constabulary' },
  { code: 'dyfed-powys', name: 'Dyfed-Powys Police' },
  { code: 'essex', name: 'Essex Police' },
  { code: 'gloucestershire', name: 'Gloucestershire Constabulary' },
  { code: 'greater-manchester', name: 'Greater Manchester Police' },
  { code: 'gwent', name: 'Gwent Police' },
  { code: 'hampshire', name: 'Hampshire Constabulary' },
  { code: 'hertfordshire', name: 'Hertfordshire Constabulary' },
  { code: 'humberside', name: 'Humberside Police' },
  { code: 'kent', name: 'Kent Police' },
  { code: 'lancashire', name: 'Lancashire Constabulary' },
  { code: 'leicestershire', name: 'Leicestershire Police' },
  { code: 'lincolnshire', name: 'Lincolnshire Police' },
  { code: 'merseyside', name: 'Merseyside Police' },
  { code: 'met', name: 'Metropolitan Police Service' },
  { code: 'norfolk', name: 'Norfolk Constabulary' },
  { code: 'north-wales', name: 'North Wales Police' },
  { code: 'north-yorkshire', name: 'North Yorkshire Police' },
  { code: 'northamptonshire', name: 'Northamptonshire Police' },
  { code: 'northumbria', name: 'Northumbria Police' },
  { code: 'nottinghamshire', name: 'Nottinghamshire Police' },
  { code: 'south-wales', name: 'South Wales Police' },
  { code: 'south-yorkshire', name: 'South Yorkshire Police' },
  { code: 'staffordshire', name: 'Staffordshire Police' },
  { code: 'suffolk', name: 'Suffolk Constabulary' },
  { code: 'surrey', name: 'Surrey Police' },
  { code: 'sussex', name: 'Sussex Police' },
  { code: 'thames-valley', name: 'Thames Valley Police' },
  { code: 'warwickshire', name: 'Warwickshire Police' },
  { code: 'west-mercia', name: 'West Mercia Police' },
  { code: 'west-midlands', name: 'West Midlands Police' },
  { code: 'west-yorkshire', name: 'West Yorkshire Police' },
  { code: 'wiltshire', name: 'Wiltshire Police' },
] as const;

export type ForceCode = (typeof FORCES)[number]['code'];

export const FORCE_CODES: readonly ForceCode[] = FORCES.map((f) => f.code);

/** The forces the PEEL 2017 design sampled 90 files from instead of 60 (Annex A of the report). */
export const LARGE_SAMPLE_FORCES: readonly ForceCode[] = ['met', 'west-midlands', 'west-yorkshire'];

export function isForceCode(value: string): value is ForceCode {
  return (FORCE_CODES as readonly string[]).includes(value);
}

export function forceName(code: string): string | undefined {
  return FORCES.find((f) => f.code === code)?.name;
}
