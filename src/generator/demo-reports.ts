/**
 * The hub's demo documents: one generated report per township and year, rendered to text.
 * Deterministic (seed = code + year), and consecutive years of a township agree on the
 * applications carried over, so the demo data does not trip `years.carryOver`.
 */
import type { ReportData, TemplateVersion } from '../reading/template/report-data';
import { generateReport } from './generate-report';
import { renderText } from './render-text';

export interface DemoTownship {
  code: string;
  name: string;
}

export interface DemoReportData {
  townshipCode: string;
  year: number;
  data: ReportData;
}

export interface DemoReport {
  townshipCode: string;
  year: number;
  text: string;
}

/** 街道 reports are signed by the subdistrict office, 镇 and 乡 reports by the people's government. */
export function organizationName(townshipName: string): string {
  return townshipName.endsWith('街道') ? `${townshipName}办事处` : `${townshipName}人民政府`;
}

/** Reports for 2019 and 2020 use the 2019 template; the 2021 template applies from 2021. */
export function templateForYear(year: number): TemplateVersion {
  return year >= 2021 ? '2021' : '2019';
}

function townshipYears(township: DemoTownship, years: readonly number[]): DemoReportData[] {
  const reports: DemoReportData[] = [];
  let previous: DemoReportData | undefined;
  for (const year of [...years].sort((a, b) => a - b)) {
    const data = generateReport({
      organization: organizationName(township.name),
      year,
      template: templateForYear(year),
      seed: `${township.code}${year}`,
      carriedOver: previous?.year === year - 1 ? previous.data.applications?.carriedForward : undefined,
    });
    previous = { townshipCode: township.code, year, data };
    reports.push(previous);
  }
  return reports;
}

/** Generated reports by township (in the order given) and year (ascending). */
export function demoReportData(townships: readonly DemoTownship[], years: readonly number[]): DemoReportData[] {
  return townships.flatMap((township) => townshipYears(township, years));
}

/** The demo documents as the text a township would upload. */
export function demoReports(townships: readonly DemoTownship[], years: readonly number[]): DemoReport[] {
  return demoReportData(townships, years).map(({ townshipCode, year, data }) => ({ townshipCode, year, text: renderText(data) }));
}
