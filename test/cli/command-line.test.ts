import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { REGISTER_TS } from '../support/register-ts';
import { textContaining } from '../support/matchers';

const ROOT = path.join(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'src', 'cli', 'main.ts');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'reports', 'zhangting-2019.txt');
const COMMANDS = ['parse', 'ingest', 'reparse', 'generate', 'schema'];

/** The command line as `disclosure-hub …` runs it: its own process, stdout and stderr apart. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['-r', REGISTER_TS, MAIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: 'sqlite::memory:' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the command line', () => {
  it('is the package’s disclosure-hub program, run by node as built', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(manifest.bin).toEqual({ 'disclosure-hub': 'dist/src/cli/main.js' });
    expect(fs.readFileSync(MAIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints its help on stdout in Chinese and English, and exits 0', () => {
    const { status, stdout, stderr } = cli('--help');
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout).toContain('用法 Usage: disclosure-hub');
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it.each(COMMANDS)('prints the help of %s on stdout and exits 0', (command) => {
    const { status, stdout, stderr } = cli(command, '--help');
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout).toContain(`用法 Usage: disclosure-hub ${command}`);
    expect(stdout).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/);
  });

  it('says in one Chinese and English line on stderr that an option is unknown, and exits 2', () => {
    const { status, stdout, stderr } = cli('parse', FIXTURE, '--bogus');
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr.trimEnd().split('\n')).toEqual([expect.stringContaining('未知选项「--bogus」')]);
    expect(stderr).toContain("unknown option '--bogus'");
  });

  it('says so when a command is unknown or an argument is missing, and exits 2', () => {
    expect(cli('frob')).toMatchObject({ status: 2, stdout: '', stderr: textContaining('未知命令「frob」') });
    expect(cli('parse')).toMatchObject({ status: 2, stdout: '', stderr: textContaining('缺少参数「file」') });
  });

  it('keeps stdout for data: parse prints JSON and nothing else', () => {
    const { status, stdout } = cli('parse', FIXTURE, '--format', 'TEXT');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ organization: '丈亭镇人民政府', year: 2019 });
  });

  it('keeps stdout for data: schema prints SDL that builds', () => {
    const { status, stdout } = cli('schema');
    expect(status).toBe(0);
    expect(buildSchema(stdout).getQueryType()?.getFields()).toHaveProperty('compare');
  });

  it('keeps its errors on stderr with their code, a bad value exiting 2', () => {
    const { status, stdout, stderr } = cli('parse', FIXTURE, '--format', 'odt');
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toContain('BAD_USER_INPUT: --format「odt」');
  });
});
