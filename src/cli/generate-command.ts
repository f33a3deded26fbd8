import fs from 'node:fs';
import path from 'node:path';
import { HubError } from '../core/errors';
import { demoReportData } from '../generator/demo-reports';
import { REPORT_FORMS, ReportForm, reportForm } from '../generator/report-forms';
import { normalizeRegionCode } from '../core/region-code';
import { RegionSeed, loadRegionSeed } from '../storage/store/region-seed';
import { checkYear } from '../core/report-year';

const USAGE = `用法：generate --region 区划代码 --years 2019,2020 --form ${REPORT_FORMS.map((form) => form.name).join('|')} --out 文件夹`;

export interface GenerateOptions {
  region?: string;
  years?: string;
  form?: string;
  out?: string;
}

/** Townships under a region, from the committed seed: generating needs no database. */
function townshipsOf(input: string): RegionSeed[] {
  const code = normalizeRegionCode(input);
  const seed = loadRegionSeed();
  const region = seed.find((candidate) => candidate.code === code);
  if (!region) throw new HubError('UNKNOWN_REGION', `区划代码「${input}」不存在`, { region: input });
  const under = (township: RegionSeed) =>
    [township.code, township.provinceCode, township.cityCode, township.countyCode].includes(region.code);
  return seed.filter((candidate) => candidate.level === 'TOWNSHIP' && under(candidate));
}

function parseYears(value: string): number[] {
  const years = value.split(',').map((text) => text.trim());
  if (years.some((year) => !/^\d{4}$/.test(year))) throw new HubError('BAD_USER_INPUT', `--years「${value}」不是逗号分隔的四位年份`);
  return years.map((year) => checkYear(Number(year)));
}

function requireForm(name: string): ReportForm {
  const form = reportForm(name);
  if (!form) throw new HubError('BAD_USER_INPUT', `--form「${name}」不是 ${REPORT_FORMS.map((known) => known.name).join('、')} 之一`);
  return form;
}

/**
 * `generate`: consistent synthetic reports for every township of a region and year, in one
 * input form, each beside its ground truth (`<code>-<year>.json`, the generated ReportData the
 * document must read back as). Seeded by township and year: the same call writes the same files.
 */
export async function generateCommand(options: GenerateOptions): Promise<string> {
  if (!options.region || !options.years || !options.form || !options.out) throw new HubError('BAD_USER_INPUT', USAGE);
  const form = requireForm(options.form);
  const townships = townshipsOf(options.region);
  const years = parseYears(options.years);
  fs.mkdirSync(options.out, { recursive: true });
  for (const { townshipCode, year, data } of demoReportData(townships, years)) {
    const base = path.join(options.out, `${townshipCode}-${year}`);
    fs.writeFileSync(`${base}.${form.extension}`, await form.render(data));
    fs.writeFileSync(`${base}.json`, `${JSON.stringify(data, null, 2)}\n`);
  }
  const reports = `${townships.length * years.length} ${form.name} reports`;
  return `${reports} (${townships.length} townships × ${years.length} years) in ${options.out}`;
}
