import { describe, expect, it } from 'vitest';
import { parseInspectionForm } from './inspections';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
}

const GOOD = {
  name: 'PEEL effectiveness 2018',
  slug: 'peel-2018',
  templateId: '1',
  'fieldworkStart-day': '5',
  'fieldworkStart-month': '6',
  'fieldworkStart-year': '2018',
  'fieldworkEnd-day': '',
  'fieldworkEnd-month': '',
  'fieldworkEnd-year': '',
  'recordedFrom-day': '1',
  'recordedFrom-month': '1',
  'recordedFrom-year': '2018',
  'recordedTo-day': '31',
  'recordedTo-month': '3',
  'recordedTo-year': '2018',
  defaultSampleSize: '60',
  'force-kent': 'yes',
  'size-kent': '',
  'force-met': 'yes',
  'size-met': '90',
  'size-essex': '',
  'lead-2': 'yes',
};

describe('the inspection form', () => {
  it('reads names, dates, forces with their own sizes and leads', () => {
    expect(parseInspectionForm(form(GOOD), 'create')).toEqual({
      ok: true,
      data: {
        name: 'PEEL effectiveness 2018',
        slug: 'peel-2018',
        templateId: 1,
        fieldworkStart: '2018-06-05',
        fieldworkEnd: null,
        recordedFrom: '2018-01-01',
        recordedTo: '2018-03-31',
        defaultSampleSize: 60,
        forces: [
          { code: 'kent', sampleSize: null },
          { code: 'met', sampleSize: 90 },
        ],
        leadIds: [2],
      },
    });
  });

  it('says what is wrong with each field, GOV.UK style', () => {
    const result = parseInspectionForm(
      form({
        ...GOOD,
        name: ' ',
        slug: 'PEEL 2018',
        'fieldworkStart-day': '31',
        'fieldworkStart-month': '2',
        'recordedFrom-year': '',
        'recordedTo-year': '2017',
        defaultSampleSize: 'sixty',
        'size-met': '0',
        'size-kent': '-5',
      }),
      'create',
    );
    expect(result.ok ? {} : result.errors.fieldErrors).toEqual({
      name: 'Enter the inspection’s name',
      slug: 'Short name must only include lower-case letters, numbers and hyphens, like peel-2017',
      defaultSampleSize: 'Default sample size must be a whole number, like 60',
      fieldworkStart: 'Fieldwork start date must be a real date, like 5 6 2017',
      recordedFrom: 'Crimes recorded from must include a year',
      'size-met': 'Sample size for Metropolitan Police Service must be 1 or more',
      'size-kent': 'Sample size for Kent Police must be 1 or more',
    });
  });

  it('needs at least one force, and dates in order', () => {
    const noForces = Object.fromEntries(Object.entries(GOOD).filter(([k]) => !k.startsWith('force-')));
    const result = parseInspectionForm(form({ ...noForces, 'recordedTo-year': '2017' }), 'create');
    expect(result.ok ? {} : result.errors.fieldErrors).toEqual({
      forces: 'Select at least one force',
      recordedTo: 'Crimes recorded to must be the same as or after crimes recorded from',
    });
  });

  it('refuses fields it does not expect, and a slug when editing', () => {
    const result = parseInspectionForm(form({ ...GOOD, role: 'admin' }), 'create');
    expect(result.ok ? null : result.errors.formError).toBe('The form sent a field it does not expect. Reload the page and try again.');
    expect(parseInspectionForm(form(GOOD), 'edit').ok).toBe(false);
    const { slug: _slug, ...edit } = GOOD;
    expect(parseInspectionForm(form(edit), 'edit').ok).toBe(true);
  });
});
