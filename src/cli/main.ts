import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { printSchema } from 'graphql';
import { HubError } from '../core/errors';
import { hubSchema } from '../../resolvers';
import { generateCommand } from './generate-command';
import { ingestCommand } from './ingest-command';
import { parseCommand } from './parse-command';

const USAGE = `usage: npm run cli -- <command>
  parse <file> [--format AUTO|TEXT|HTML|DOCX|PDF]        print the ReportData JSON of a report file
  ingest <folder or files…> [--region CODE] [--year YEAR] store many reports (DATABASE_URL); exit 3 if any was rejected
  generate --region CODE --years 2019,2020 --form text|markdown|run-together|html|docx|pdf --out FOLDER
                                                        synthetic reports, each with its ground-truth JSON
  schema                                                print the GraphQL schema (SDL)`;

/** Exit status when a bulk ingest finished but rejected some documents. */
const SOME_REJECTED = 3;

interface Outcome {
  output: string;
  exitCode: number;
}

async function run(argv: string[]): Promise<Outcome> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      region: { type: 'string' },
      year: { type: 'string' },
      years: { type: 'string' },
      form: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  switch (command) {
    case 'parse':
      return { output: await parseCommand(rest[0], values.format), exitCode: 0 };
    case 'ingest': {
      const { output, failed } = await ingestCommand(rest, values.region, values.year);
      return { output, exitCode: failed ? SOME_REJECTED : 0 };
    }
    case 'generate':
      return { output: await generateCommand(values), exitCode: 0 };
    case 'schema':
      return { output: printSchema(await hubSchema()), exitCode: 0 };
    default:
      throw new HubError('BAD_USER_INPUT', command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  }
}

run(process.argv.slice(2)).then(
  ({ output, exitCode }) => {
    process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    const message = error instanceof HubError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = error instanceof HubError && error.code === 'BAD_USER_INPUT' ? 2 : 1;
  },
);
