import { EXIT, UsageError } from './args';
import { runEvidence } from './evidence-command';
import { runMentions } from './mentions-command';
import { runRenumber } from './renumber-command';
import { runValidate } from './validate-command';
import { helpText } from './help';
import { VERSION } from './version';

async function main(argv: string[]): Promise<number> {
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
      return runValidate(rest);
    case 'renumber':
      return runRenumber(rest);
    case 'mentions':
      return runMentions(rest);
    case 'evidence':
      return runEvidence(rest);
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
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
