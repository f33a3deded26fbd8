import { demoReportData, demoReports, organizationName, templateForYear } from '../../src/generator/demo-reports';

const TOWNSHIPS = [
  { code: '330281001', name: '梨洲街道' },
  { code: '330281109', name: '丈亭镇' },
  { code: '330281210', name: '鹿亭乡' },
];

describe('demoReports', () => {
  it('names the signing organization by township kind', () => {
    expect(organizationName('梨洲街道')).toBe('梨洲街道办事处');
    expect(organizationName('丈亭镇')).toBe('丈亭镇人民政府');
    expect(organizationName('鹿亭乡')).toBe('鹿亭乡人民政府');
  });

  it('uses the 2019 template up to 2020 and the 2021 template from 2021', () => {
    expect([2019, 2020, 2021, 2024].map(templateForYear)).toEqual(['2019', '2019', '2021', '2021']);
  });

  it('renders one document per township and year, in order', () => {
    const docs = demoReports(TOWNSHIPS, [2020, 2019]);
    expect(docs.map((d) => [d.townshipCode, d.year])).toEqual([
      ['330281001', 2019],
      ['330281001', 2020],
      ['330281109', 2019],
      ['330281109', 2020],
      ['330281210', 2019],
      ['330281210', 2020],
    ]);
    expect(docs[0].text.split('\n')[0]).toBe('梨洲街道办事处2019年度政府信息公开工作年度报告');
    expect(docs[5].text.split('\n')[0]).toBe('鹿亭乡人民政府2020年度政府信息公开工作年度报告');
    expect(docs[1].text).toContain('\t本年新制作数量');
  });

  it('switches to the 2021 template headers for 2021', () => {
    const [doc] = demoReports(TOWNSHIPS.slice(0, 1), [2021]);
    expect(doc.text).toContain('\t本年制发件数');
    expect(doc.text).not.toContain('\t本年新制作数量');
  });

  it('is deterministic and differs between townships', () => {
    const first = demoReports(TOWNSHIPS, [2019, 2020]);
    expect(demoReports(TOWNSHIPS, [2019, 2020])).toEqual(first);
    const bodies = first.map((d) =>
      d.text
        .split('\n')
        .slice(1)
        .join('\n')
        .replace(/[^\t\d\n]/g, ''),
    );
    expect(new Set(bodies).size).toBe(first.length);
  });

  it('carries each year forward into the next (years.carryOver)', () => {
    const data = demoReportData(TOWNSHIPS, [2019, 2020, 2021]);
    for (let i = 1; i < data.length; i++) {
      if (data[i].townshipCode !== data[i - 1].townshipCode) continue;
      expect(data[i].data.applications!.carriedOver).toEqual(data[i - 1].data.applications!.carriedForward);
    }
  });
});
