import { findDate, postedDate } from '../../src/reading/narrative/dates';
import { readNarrative } from '../../src/reading/narrative/read-narrative';
import { readSections } from '../../src/reading/narrative/sections';
import { closingSignature } from '../../src/reading/narrative/signature';
import { titleOrganization } from '../../src/reading/narrative/title';

describe('dates', () => {
  it.each([
    ['2020年01月20日', '2020-01-20'],
    ['2020年1月20日', '2020-01-20'],
    ['2020 年 1 月 2 日', '2020-01-02'],
    ['2020-01-20', '2020-01-20'],
    ['2020.1.20', '2020-01-20'],
    ['二〇二〇年一月二十日', '2020-01-20'],
    ['二〇二一年十二月三十一日', '2021-12-31'],
    ['2020年2月30日', null],
    ['无日期', null],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)).toBe(iso);
  });

  it('reads a page label such as 发布时间', () => {
    expect(postedDate(['标题: 某报告', '发布时间: 2023-02-20 15:07'])).toBe('2023-02-20');
    expect(postedDate(['来源：某县人民政府 时间：2023-02-20 15:07'])).toBe('2023-02-20');
    expect(postedDate(['数据统计时间：2022年1月1日至2022年12月31日'])).toBeNull();
  });
});

describe('title and signature', () => {
  it.each([
    ['2019年丈亭镇人民政府信息公开工作年度报告', '丈亭镇人民政府'],
    ['丈亭镇人民政府2019年政府信息公开工作年度报告', '丈亭镇人民政府'],
    ['平潭综合实验区2022年度政府信息公开工作年度报告', '平潭综合实验区'],
    ['标题: 平潭综合实验区2022年度政府信息公开工作年度报告', '平潭综合实验区'],
    ['# 沐阳县人民政府 2025 年 政府信息公开工作年度报告', '沐阳县人民政府'],
  ])('%s', (title, organization) => {
    expect(titleOrganization(title)).toBe(organization);
  });

  it('reads the body and date from separate lines or one', () => {
    expect(closingSignature(['正文。', '丈亭镇人民政府', '2020年01月20日'])).toEqual({
      organization: '丈亭镇人民政府',
      publishedOn: '2020-01-20',
      paragraphs: 2,
    });
    expect(closingSignature(['正文。', '鹿亭乡人民政府  2021年1月8日'])).toEqual({
      organization: '鹿亭乡人民政府',
      publishedOn: '2021-01-08',
      paragraphs: 1,
    });
    expect(closingSignature(['本年度无其他需要报告的事项。'])).toEqual({ organization: null, publishedOn: null, paragraphs: 0 });
  });

  it('reads a signature in brackets, or under the title when the end has none', () => {
    expect(closingSignature(['正文。', '（2021年1月8日）']).publishedOn).toBe('2021-01-08');
    const narrative = readNarrative([
      '某县人民政府2025年政府信息公开工作年度报告',
      '某县人民政府',
      '(2026年1月23日)',
      '一、总体情况',
      '正文。',
    ]);
    expect(narrative).toMatchObject({ organization: '某县人民政府', publishedOn: '2026-01-23' });
  });

  it('prefers the signature, falls back on the title, and takes the year from the title', () => {
    const narrative = readNarrative(['2020年梁弄镇政府信息公开工作年度报告', '一、总体情况', '正文。']);
    expect(narrative).toMatchObject({ organization: '梁弄镇', year: 2020, publishedOn: null });
  });

  it('takes the year from the statistics period when the title has none', () => {
    const narrative = readNarrative(['某镇政府信息公开工作年度报告', '本报告中所列数据统计期限自2022年1月1日起至2022年12月31日止。']);
    expect(narrative.year).toBe(2022);
  });
});

describe('sections', () => {
  it('finds sections by their words, whatever their numbers', () => {
    const sections = readSections([
      '一、总体情况',
      '总体。',
      '五、存在的主要问题及改进情况',
      '问题。',
      '改进。',
      '六、其他需要报告的事项',
      '无。',
    ]);
    expect(sections).toEqual({ overview: '总体。', problems: '问题。\n改进。', other: '无。' });
  });

  it('finds headings run together with their prose', () => {
    const sections = readSections([
      '前言。 一、总体情况 概况正文。 二、主动公开政府信息情况 表格 五、存在的主要问题及改进情况 问题正文。 六、其他需要报告的事项 无。',
    ]);
    expect(sections).toEqual({ overview: '概况正文。', problems: '问题正文。', other: '无。' });
  });

  it('runs a section past a list numbered inside it', () => {
    const sections = readSections([
      '五、存在的主要问题及改进措施',
      '问题如下：',
      '一、目录不全。',
      '二、培训不足。',
      '六、其他需要报告的事项',
      '无。',
    ]);
    expect(sections.problems).toBe('问题如下：\n一、目录不全。\n二、培训不足。');
  });

  it('leaves out a section the report lacks', () => {
    expect(readSections(['一、总体情况', '总体。'])).toEqual({ overview: '总体。' });
  });
});
