#!/usr/bin/env node
import 'reflect-metadata';
import { CommanderError } from 'commander';
import { HubError } from '../core/errors';
import { Outcome, cliProgram, parseErrorLine } from './program';

/** Exit status of a command line that could not be read, as for a bad value (BAD_USER_INPUT). */
const USAGE_ERROR = 2;

async function run(argv: string[]): Promise<Outcome> {
  let outcome: Outcome = { output: '', exitCode: 0 };
  await cliProgram((done) => (outcome = done)).parseAsync(argv, { from: 'user' });
  return outcome;
}

function failure(error: unknown): { message: string; exitCode: number } {
  // --help has printed on stdout and exits 0; no command at all has printed the help on stderr.
  if (error instanceof CommanderError && (error.code === 'commander.helpDisplayed' || error.code === 'commander.help')) {
    return { message: '', exitCode: error.exitCode === 0 ? 0 : USAGE_ERROR };
  }
  if (error instanceof CommanderError) return { message: parseErrorLine(error.code, error.message), exitCode: USAGE_ERROR };
  const message = error instanceof HubError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
  return { message, exitCode: error instanceof HubError && error.code === 'BAD_USER_INPUT' ? USAGE_ERROR : 1 };
}

run(process.argv.slice(2)).then(
  ({ output, exitCode }) => {
    if (output) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    const { message, exitCode } = failure(error);
    if (message) process.stderr.write(`${message}\n`);
    process.exitCode = exitCode;
  },
);
