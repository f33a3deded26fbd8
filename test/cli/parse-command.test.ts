import path from 'node:path';
import { parseCommand } from '../../src/cli/parse-command';
import { HubError } from '../../src/core/errors';
import { CELL_PARTS, type ReportData } from '../../src/reading/template/report-data';
import { expectedCells, expectedFixture, valueAt } from '../support/fixtures';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'reports', 'zhangting-2019.txt');

describe('cli parse', () => {
  it('prints the ReportData JSON of docs/domain.md, with its issues', async () => {
    const printed = JSON.parse(await parseCommand(FIXTURE, undefined)) as ReportData;
    const expected = expectedFixture('zhangting-2019.expected.json');
    expect(printed).toMatchObject({ organization: '丈亭镇人民政府', year: 2019, template: '2019', publishedOn: '2020-01-20' });
    for (const [cell, value] of expectedCells(expected, CELL_PARTS)) {
      expect([cell, valueAt(printed, cell)]).toEqual([cell, value]);
    }
    expect(printed.issues.map((issue) => issue.rule)).toContain('cells.blank');
  });

  it.each([
    ['a missing file', ['nope.txt', undefined], 'NOT_FOUND'],
    ['an unknown format', [FIXTURE, 'odt'], 'BAD_USER_INPUT'],
    ['no file at all', [undefined, undefined], 'BAD_USER_INPUT'],
  ] as const)('fails clearly for %s', async (_name, [file, format], code) => {
    await expect(parseCommand(file, format)).rejects.toThrow(HubError);
    await expect(parseCommand(file, format)).rejects.toMatchObject({ code });
  });
});
