import { EXIT, UsageError, type CliContext } from './args';
import { runEvidence } from './evidence-command';
import { runMentions } from './mentions-command';
import { runRenumber } from './renumber-command';
import { runValidate } from './validate-command';
import { helpText } from './help';
import { VERSION } from './version';

async function main(argv: string[], context: CliContext): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(helpText());
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  switch (command) {
    case 'validate':
      return runValidate(rest, context);
    case 'renumber':
      return runRenumber(rest);
    case 'mentions':
      return runMentions(rest, context);
    case 'evidence':
      return runEvidence(rest, context);
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

/** Runs the tool with `argv` (the arguments after the script) and sets the exit code. */
export function runCli(argv: string[], context: CliContext = {}): void {
  main(argv, context).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(`evidence-lens: ${e.message}\nRun 'evidence-lens --help' for usage.\n`);
      } else {
        process.stderr.write(`evidence-lens: ${(e as Error)?.stack ?? String(e)}\n`);
      }
      process.exitCode = EXIT.usage;
    },
  );
}

if (require.main === module) runCli(process.argv.slice(2));
