import fs from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { writeChunks } from '@/lib/exports/deliver';
import { exportFindings, openAnswersExport, openWorkbookExport } from '@/lib/exports/exports';
import { allowOnly, optionalOption, requireOption, UsageError, type ParsedArgs } from '../args';
import { CommandError } from '../io';
import type { Command } from './types';
import { backUpDatabase, databaseFiles, restoreFromBackup } from '@/lib/operations/database';
import type { Result } from '@/lib/result';
import { OPERATOR, valueOf } from '../operator';

/** An export's value; an inspection that does not exist is named as the operator typed it. */
function exported<T>(result: Result<T>, slug: string): T {
  if (!result.ok && result.kind === 'refused' && result.status === 404) throw new CommandError(`there is no inspection '${slug}'`);
  return valueOf(result);
}

function flag(args: ParsedArgs, name: string): boolean {
  const value = args.options[name];
  if (value === undefined) return false;
  if (value !== true) throw new UsageError(`--${name} takes no value`);
  return true;
}

function format<T extends string>(args: ParsedArgs, allowed: readonly T[]): T {
  const value = optionalOption(args, 'format') ?? allowed[0];
  if (!allowed.includes(value as T)) throw new UsageError(`--format must be ${allowed.join(' or ')}, not '${value ?? ''}'`);
  return value as T;
}

function noPositionals(args: ParsedArgs): void {
  if (args.positionals.length) throw new UsageError(`unexpected argument '${args.positionals[0] ?? ''}'`);
}

/**
 * Where the output goes: --out FILE, or standard output. An existing file is never overwritten
 * (least of all the database), and a failed export leaves nothing behind: it is written to a
 * temporary file beside the target and renamed into place only once complete.
 */
async function withOutput(file: string | undefined, write: (out: Writable) => Promise<void>): Promise<void> {
  if (!file) {
    await write(process.stdout);
    return;
  }
  const target = path.resolve(file);
  if (databaseFiles().includes(target)) throw new CommandError(`${file} is the database itself: choose another file (nothing was written)`);
  if (fs.existsSync(target)) throw new CommandError(`${file} already exists: remove it or choose another name (nothing was written)`);
  if (!fs.existsSync(path.dirname(target))) throw new CommandError(`the folder for ${file} does not exist`);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  const out = fs.createWriteStream(temporary, { highWaterMark: 1 << 20, flags: 'wx' });
  const failed = once(out, 'error').then(([error]) => {
    throw new CommandError(`could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  });
  // A late error, after the race is settled, must not go unhandled.
  failed.catch(() => undefined);
  try {
    await Promise.race([write(out), failed]);
    // The workbook writer ends the stream itself; the text exports leave it to us.
    if (!out.writableEnded) out.end();
    if (!out.writableFinished) await Promise.race([once(out, 'finish'), failed]);
    if (fs.existsSync(target)) throw new CommandError(`${file} appeared while the export ran: nothing was replaced`);
    fs.renameSync(temporary, target);
  } catch (error) {
    out.destroy();
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** The options every export takes: which inspection, in what format, provisional or not, to where. */
function exportOptions<T extends string>(args: ParsedArgs, formats: readonly T[]) {
  allowOnly(args, ['inspection', 'format', 'provisional', 'out']);
  noPositionals(args);
  return {
    slug: requireOption(args, 'inspection'),
    chosen: format(args, formats),
    provisional: flag(args, 'provisional'),
    out: optionalOption(args, 'out'),
  };
}

export const findingsExport: Command = {
  name: 'findings:export',
  usage: 'findings:export --inspection S [--format csv|json] [--provisional] [--out FILE]',
  summary: 'Export the findings per force and for all forces (format 3)',
  async run(args, io) {
    const { slug, chosen, provisional, out } = exportOptions(args, ['csv', 'json'] as const);
    const result = exported(await exportFindings(OPERATOR, { slug, format: chosen, provisional, via: 'cli' }), slug);
    await withOutput(out, (stream) => writeChunks([result.body], stream));
    if (out) io.out(`Wrote ${result.rows.length} findings rows${provisional ? ' (provisional)' : ''} to ${out}`);
  },
};

export const answersExport: Command = {
  name: 'answers:export',
  usage: 'answers:export --inspection S [--format csv|xlsx|json] [--provisional] [--out FILE]',
  summary: 'Export every counted answer with its file, reviewer and labels (CSV, XLSX workbook or JSON)',
  async run(args, io) {
    const { slug, chosen, provisional, out } = exportOptions(args, ['csv', 'xlsx', 'json'] as const);
    if (chosen === 'xlsx') {
      if (!out && process.stdout.isTTY) throw new CommandError('an XLSX workbook is binary: give --out FILE or redirect standard output');
      const open = exported(await openWorkbookExport(OPERATOR, { slug, provisional, via: 'cli' }), slug);
      let hash = '';
      try {
        await withOutput(out, async (stream) => {
          hash = (await open.write(stream)).contentHash;
        });
      } finally {
        open.source.close();
      }
      if (out) io.out(`Wrote the workbook${provisional ? ' (provisional)' : ''} to ${out}; content hash ${hash}`);
      return;
    }
    const open = exported(await openAnswersExport(OPERATOR, { slug, format: chosen, provisional, via: 'cli' }), slug);
    try {
      await withOutput(out, (stream) => writeChunks(open.chunks, stream));
    } finally {
      open.close();
    }
    if (out) io.out(`Wrote the answers${provisional ? ' (provisional)' : ''} to ${out}`);
  },
};

export const backup: Command = {
  name: 'backup',
  usage: 'backup --out FILE',
  summary: 'Copy the whole database to FILE, consistently, while the server keeps running',
  async run(args, io) {
    allowOnly(args, ['out']);
    noPositionals(args);
    const out = path.resolve(requireOption(args, 'out'));
    if (fs.existsSync(out)) throw new CommandError(`${out} already exists: choose a new file name (a backup never overwrites)`);
    if (!fs.existsSync(path.dirname(out))) throw new CommandError(`the folder ${path.dirname(out)} does not exist`);
    try {
      valueOf(await backUpDatabase(OPERATOR, out));
    } catch (error) {
      throw new CommandError(`backup failed: ${error instanceof Error ? error.message : String(error)} (no backup was written)`);
    }
    io.out(`Backed up the database to ${out} (${Math.round(fs.statSync(out).size / 1024)} KB)`);
  },
};

export const restore: Command = {
  name: 'restore',
  usage: 'restore --from FILE',
  summary: 'Put a backup in place of the database (stop the server first); the replaced database is kept beside it',
  opensDatabase: false,
  async run(args, io) {
    allowOnly(args, ['from']);
    noPositionals(args);
    const from = path.resolve(requireOption(args, 'from'));
    if (databaseFiles().includes(from)) throw new CommandError(`${from} is the database itself: name a backup (nothing was changed)`);
    const { setAside } = valueOf(await restoreFromBackup(OPERATOR, from));
    io.out(`Restored the database from ${from}: integrity ok.${setAside ? ` The database it replaced is kept as ${setAside}.` : ''}`);
  },
};
