/** `--name value` and `--flag` options plus positional arguments, as the CLI contract uses them. */
export interface ParsedArgs {
  options: Record<string, string | true>;
  positionals: string[];
}

/**
 * Reads the arguments. `flags` are the command's options that never take a value, so the argument
 * after one is read as a positional: `--submit answers.csv` is the flag and the file, not
 * `--submit=answers.csv`. An option given twice is a usage error: which one was meant is unknowable.
 */
export function parseArgs(argv: readonly string[], flags: readonly string[] = []): ParsedArgs {
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  const set = (name: string, value: string | true) => {
    if (name in options) throw new UsageError(`--${name} is given more than once`);
    options[name] = value;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 2) {
        set(arg.slice(2, eq), arg.slice(eq + 1));
        continue;
      }
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--') && !flags.includes(arg.slice(2))) {
        set(arg.slice(2), next);
        i += 1;
      } else {
        set(arg.slice(2), true);
      }
    } else {
      positionals.push(arg);
    }
  }
  return { options, positionals };
}

export class UsageError extends Error {}

/** A required text option, or a usage error naming it. */
export function requireOption(args: ParsedArgs, name: string): string {
  const value = args.options[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value;
}

export function optionalOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  if (value === true) throw new UsageError(`--${name} needs a value`);
  return value;
}

/** Refuses options the command does not know: a typo must not be silently ignored. */
export function allowOnly(args: ParsedArgs, names: readonly string[]): void {
  const unknown = Object.keys(args.options).filter((k) => !names.includes(k));
  if (unknown.length) throw new UsageError(`unknown option${unknown.length > 1 ? 's' : ''}: ${unknown.map((u) => `--${u}`).join(', ')}`);
}
