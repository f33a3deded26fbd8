/** AUTO: the document's bytes decide the form, and a TEXT document's shape decides its reader. */
import { detectFormat } from '../../src/reading/documents/formats';
import { readText } from '../../src/reading/documents/read-text';
import { textShape } from '../../src/reading/documents/text-shape';
import { generateReport } from '../../src/generator/generate-report';
import { renderMarkdown } from '../../src/generator/render-markdown';
import { renderRunTogether } from '../../src/generator/render-run-together';
import { renderText } from '../../src/generator/render-text';
import { parseDocument } from '../../src/storage/ingest/parse-document';
import { readFileSync } from 'fs';
import { join } from 'path';
import { reportFixture } from '../support/fixtures';

const textFixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');

describe('textShape', () => {
  it.each([
    ['reports/zhangting-2019.txt', 'tabCells'],
    ['text/sample-2021.txt', 'tabCells'],
    ['reports/shuyang-2025.md', 'pipeTables'],
    ['reports/pingtan-2022.txt', 'runTogether'],
  ])('%s is %s', (name, shape) => {
    expect(textShape(textFixture(name))).toBe(shape);
  });

  it.each([0, 1, 2, 3, 4, 5])('tells the three renderings of generated report %i apart', (seed) => {
    const data = generateReport({ organization: '梁弄镇人民政府', year: 2022, template: seed % 2 ? '2021' : '2019', seed });
    expect(textShape(renderText(data))).toBe('tabCells');
    expect(textShape(renderMarkdown(data))).toBe('pipeTables');
    expect(textShape(renderRunTogether(data))).toBe('runTogether');
  });

  it('reads prose without any table as paragraphs', () => {
    expect(textShape('2022年，全区收到政府信息公开申请75件。\n无其他事项。')).toBe('tabCells');
    expect(readText('无其他事项。').blocks).toEqual([{ kind: 'paragraph', text: '无其他事项。', start: 0 }]);
  });
});

describe('AUTO detection', () => {
  it('reads every text form as TEXT, each by its own reader', async () => {
    const data = generateReport({ organization: '梁弄镇人民政府', year: 2021, template: '2021', seed: 11 });
    for (const text of [renderText(data), renderMarkdown(data), renderRunTogether(data)]) {
      const read = await parseDocument(Buffer.from(text), 'AUTO');
      expect(read.format).toBe('TEXT');
      expect(read.data.applications?.totalProcessed).toEqual(data.applications?.totalProcessed);
    }
  });

  it('leaves HTML and PDF to their own readers', () => {
    expect(detectFormat(reportFixture('shanghai-office-2019.html'))).toBe('HTML');
    expect(detectFormat(reportFixture('pingtan-2022.html'))).toBe('HTML');
    expect(detectFormat(reportFixture('hongze-2023.pdf'))).toBe('PDF');
    for (const name of ['zhangting-2019.txt', 'shuyang-2025.md', 'pingtan-2022.txt']) {
      expect(detectFormat(reportFixture(name))).toBe('TEXT');
    }
  });
});
