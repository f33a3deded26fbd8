import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { printSchema } from 'graphql';
import { HubError } from '../errors';
import { hubSchema } from '../graphql/schema';
import { parseCommand } from './parse-command';

const USAGE = `usage: npm run cli -- <command>
  parse <file> [--format AUTO|TEXT|HTML|DOCX|PDF]   print the ReportData JSON of a report file
  schema                                           print the GraphQL schema (SDL)`;

async function run(argv: string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' } },
  });
  const [command, ...rest] = positionals;
  switch (command) {
    case 'parse':
      return parseCommand(rest[0], values.format);
    case 'schema':
      return printSchema(await hubSchema());
    default:
      throw new HubError('BAD_USER_INPUT', command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  }
}

run(process.argv.slice(2)).then(
  (output) => process.stdout.write(output.endsWith('\n') ? output : `${output}\n`),
  (error) => {
    const message = error instanceof HubError ? `${error.code}: ${error.message}` : String(error?.message ?? error);
    process.stderr.write(`${message}\n`);
    process.exit(error instanceof HubError && error.code === 'BAD_USER_INPUT' ? 2 : 1);
  },
);
