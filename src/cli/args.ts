import { parseArgs } from 'node:util';

/** Exit codes of the command-line tool. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A command-line usage error (or an unusable input); printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

/** Parses options with node's parseArgs, turning its errors into usage errors. */
export function parseOptions<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
