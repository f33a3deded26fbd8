import { Command } from 'commander';
import { printSchema } from 'graphql';
import { hubSchema } from '../../resolvers';
import { REPORT_FORMS } from '../generator/report-forms';
import { generateCommand } from './generate-command';
import { ingestCommand } from './ingest-command';
import { parseCommand } from './parse-command';
import { regionsImportCommand, type RegionsImportOptions } from './regions-command';
import { reparseCommand } from './reparse-command';

/** What a command printed (stdout: data only) and the exit status it asks for. */
export interface Outcome {
  output: string;
  exitCode: number;
}

/** Exit status when a bulk ingest finished but rejected some documents, or a reparse could not read some. */
const SOME_REJECTED = 3;

/** Commander's section titles, each with its Chinese beside it: the help is read by clerks and developers alike. */
const TITLES: Record<string, string> = {
  'Usage:': '用法 Usage:',
  'Arguments:': '参数 Arguments:',
  'Options:': '选项 Options:',
  'Commands:': '命令 Commands:',
};

/**
 * Help in both languages. Commander neither exits nor prints its own errors: it throws them
 * (CommanderError), and main.ts says them in one Chinese and English line.
 */
function bilingual(command: Command): Command {
  return command
    .helpOption('-h, --help', '显示帮助 / show this help')
    .configureHelp({ styleTitle: (title) => TITLES[title] ?? title })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
}

/**
 * The command line: every command with its options, help in Chinese and English (`--help` on
 * any command), and the outcome handed back through `done` so that stdout carries data only.
 */
export function cliProgram(done: (outcome: Outcome) => void): Command {
  const program = bilingual(new Command('disclosure-hub'))
    .description('乡镇政府信息公开工作年度报告数据中心的命令行 / command line of the township open-government report hub')
    .helpCommand('help [command]', '显示某个命令的帮助 / show help for a command');

  bilingual(program.command('parse'))
    .description('读取一份报告文件，输出其 ReportData JSON / print the ReportData JSON of a report file')
    .argument('<file>', '报告文件 / the report file')
    .option('--format <format>', '文件格式，默认 AUTO / format: AUTO (default), TEXT, HTML, DOCX, PDF')
    .action(async (file: string, options: { format?: string }) => done({ output: await parseCommand(file, options.format), exitCode: 0 }));

  bilingual(program.command('ingest'))
    .description(
      '把文件夹或文件中的报告批量存入 DATABASE_URL 所指的数据库，有被拒绝的报告时退出码为 3 / store many reports; exit 3 if any was rejected',
    )
    .argument('<paths...>', '文件夹或文件 / folders or files')
    .option('--region <code>', '只在该区划内查找乡镇 / look for townships under this region only')
    .option('--year <year>', '报告年度（默认读标题） / the reports’ year (default: read from the title)')
    .action(async (paths: string[], options: { region?: string; year?: string }) => {
      const { output, failed } = await ingestCommand(paths, options.region, options.year);
      done({ output, exitCode: failed ? SOME_REJECTED : 0 });
    });

  bilingual(program.command('reparse'))
    .description(
      '用当前解析器重读已存的每份现行文档，读法有变时存为新版本；有读不了的文档时退出码为 3 / read every stored current document again; exit 3 if any failed',
    )
    .option('--region <code>', '区划代码 / region code')
    .option('--year <year>', '年度 / year')
    .option('--dry-run', '只报告变化，不保存 / print the changes, store nothing')
    .action(async (options: { region?: string; year?: string; dryRun?: boolean }) => {
      const { output, failed } = await reparseCommand({ ...options, dryRun: options.dryRun === true });
      done({ output, exitCode: failed ? SOME_REJECTED : 0 });
    });

  const regions = bilingual(program.command('regions')).description('区划树的变更 / changes of the region tree');
  bilingual(regions.command('import'))
    .description(
      '按民政部的代码清单（CSV：代码,名称[,上级代码]）变更区划树，一个事务 / apply an official list of codes (CSV code,name[,parent]) in one transaction',
    )
    .argument('<file>', 'CSV 清单 / the CSV list')
    .requiredOption('--effective <date>', '生效日期 YYYY-MM-DD，自其年度起生效 / effective date; applies from its year')
    .option('--region <code>', '清单覆盖的区划（默认全国） / the region the list covers (default: the whole tree)')
    .option('--dry-run', '只输出计划，不保存 / print the plan, change nothing')
    .option('--merge <OLD=NEW>', '确认合并（可重复） / confirm a merge (repeatable)', (value: string, list: string[] = []) => [
      ...list,
      value,
    ])
    .option(
      '--split <NEW=OLD>',
      '新增代码分自原区划（可重复） / a new code split from an old one (repeatable)',
      (value: string, list: string[] = []) => [...list, value],
    )
    .action(async (file: string, options: RegionsImportOptions) =>
      done({ output: await regionsImportCommand(file, options), exitCode: 0 }),
    );

  bilingual(program.command('generate'))
    .description('为区划内每个乡镇、每个年度生成合成报告及其标准答案 JSON / synthetic reports, each with its ground-truth JSON')
    .option('--region <code>', '区划代码 / region code')
    .option('--years <years>', '逗号分隔的年度 / comma-separated years, e.g. 2019,2020')
    .option('--form <form>', `报告形式 / form: ${REPORT_FORMS.map((form) => form.name).join('|')}`)
    .option('--out <folder>', '输出文件夹 / output folder')
    .action(async (options: { region?: string; years?: string; form?: string; out?: string }) =>
      done({ output: await generateCommand(options), exitCode: 0 }),
    );

  bilingual(program.command('schema'))
    .description('输出 GraphQL 模式（SDL） / print the GraphQL schema (SDL)')
    .action(async () => done({ output: printSchema(await hubSchema()), exitCode: 0 }));

  return program;
}

/** Commander's parse errors, by code, in Chinese: the English follows on the same line. */
const PARSE_ERRORS: Record<string, string> = {
  'commander.unknownOption': '未知选项',
  'commander.unknownCommand': '未知命令',
  'commander.missingArgument': '缺少参数',
  'commander.optionMissingArgument': '选项缺少取值',
  'commander.missingMandatoryOptionValue': '缺少必需的选项',
  'commander.excessArguments': '多余的参数',
  'commander.invalidArgument': '参数无效',
};

/** The errors whose message quotes the bad word itself (an excess-arguments message quotes the command instead). */
const QUOTES_THE_WORD = new Set([
  'commander.unknownOption',
  'commander.unknownCommand',
  'commander.missingArgument',
  'commander.optionMissingArgument',
]);

/** One line for a command line commander could not read: Chinese, then commander's English. */
export function parseErrorLine(code: string, message: string): string {
  const english = message.replace(/^error:\s*/, '').replace(/\s*\n\s*/g, ' ');
  const named = QUOTES_THE_WORD.has(code) ? /'([^']*)'/.exec(english)?.[1] : undefined;
  const chinese = `${PARSE_ERRORS[code] ?? '命令行有误'}${named === undefined ? '' : `「${named}」`}`;
  return `${chinese}（运行 disclosure-hub --help 查看用法） / ${english}`;
}
