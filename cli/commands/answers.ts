import { describeImport, importAnswers } from '@/lib/reviews/import-answers';
import { allowOnly, requireOption, UsageError } from '../args';
import { onePath, problemsLine, readCsvFile } from '../csv-file';
import { CommandError } from '../io';
import { OPERATOR, valueOf } from '../operator';
import type { Command } from './types';

export const answersImport: Command = {
  name: 'answers:import',
  usage: 'answers:import --inspection S --force F --reviewer EMAIL [--submit] FILE.csv',
  summary: 'Import an inspector’s answers from a fieldwork spreadsheet (format 2); any problem and nothing is imported',
  flags: ['submit'],
  async run(args, io) {
    allowOnly(args, ['inspection', 'force', 'reviewer', 'submit']);
    if (args.options.submit !== undefined && args.options.submit !== true) throw new UsageError('--submit takes no value');
    const path = onePath(args, 'answers');
    const request = {
      slug: requireOption(args, 'inspection'),
      forceCode: requireOption(args, 'force'),
      reviewer: { email: requireOption(args, 'reviewer') },
      submit: args.options.submit === true,
    };
    const result = await importAnswers(OPERATOR, { ...request, bytes: readCsvFile(path), fileName: path });
    if (!result.ok && result.kind === 'invalid' && result.report)
      throw new CommandError(problemsLine(path, result.report.problems, result.report.outcome));
    io.out(describeImport(valueOf(result, 'nothing was imported: ')));
  },
};
