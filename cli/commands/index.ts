import { answersImport } from './answers';
import { inspectionCreate } from './inspections';
import { sampleDraw, sampleImport } from './samples';
import { answersExport, backup, findingsExport, restore } from './findings';
import type { Command } from './types';
import { userAdd, userResetPassword } from './users';

/** Every command the CLI offers. Add a command here and it is listed in the help. */
export const COMMANDS: readonly Command[] = [
  userAdd,
  userResetPassword,
  inspectionCreate,
  sampleImport,
  sampleDraw,
  answersImport,
  findingsExport,
  answersExport,
  backup,
  restore,
];
