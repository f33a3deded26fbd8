import { RegionSummary } from '../analytics/region-summary';
import { renderDocx } from '../../generator/render-docx';
import { ReportData } from '../../reading/template/report-data';

/** The 汇总 as a report of its own: the summed tables, and prose saying what it covers and who is missing. */
export function summaryReportData(summary: RegionSummary): ReportData {
  const { region, year, townshipCount, reportCount, missing } = summary;
  const coverage = `本报告汇总${region.name}所辖${townshipCount}个乡镇（街道）中已报送的${reportCount}份${year}年度政府信息公开工作年度报告，表中数字为各报告所填数字之和，各报告均未填写的单元格留空。`;
  const absent = missing.length
    ? `未报送${year}年度报告、未计入本汇总的乡镇（街道）${missing.length}个：${missing.map((township) => township.name).join('、')}。`
    : '所辖乡镇（街道）均已报送年度报告。';
  return {
    ...summary.data,
    organization: `${region.name}各乡镇（街道）汇总`,
    publishedOn: null,
    sections: { overview: coverage, other: absent },
    issues: [],
  };
}

/** The 汇总 in the template's layout as a Word document. */
export function summaryDocx(summary: RegionSummary): Promise<Buffer> {
  return renderDocx(summaryReportData(summary));
}
