import { describe, expect, it } from 'vitest';
import { parseFindingsFilter } from './findings-filter';

describe('the findings filters', () => {
  it('read a force, a crime type and the provisional switch', () => {
    expect(parseFindingsFilter({ force: 'kent', crimeType: 'rape', provisional: 'yes' }, ['kent'], ['rape'])).toEqual({
      filter: { force: 'kent', crimeType: 'rape', provisional: true },
      errors: [],
    });
  });

  it('say so when provisional is neither yes nor no, rather than quietly show final figures as asked for', () => {
    const { filter, errors } = parseFindingsFilter({ provisional: 'true' }, ['kent'], ['rape']);
    expect(filter.provisional).toBe(false);
    expect(errors).toEqual([{ field: 'provisional', message: 'Provisional must be yes or no, not ‘true’: these are final figures' }]);
    expect(parseFindingsFilter({ provisional: 'no' }, [], []).errors).toEqual([]);
  });

  it('name a force or crime type that is not one of the choices', () => {
    const { errors } = parseFindingsFilter({ force: 'atlantis', crimeType: 'burglary' }, ['kent'], ['rape']);
    expect(errors.map((e) => e.field)).toEqual(['force', 'crimeType']);
  });
});
