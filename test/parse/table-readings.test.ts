import { readDocument } from '../../src/reading/documents/read-document';
import { readReport } from '../../src/reading/read-report';
import { derivedCells, tableReadings } from '../../resolvers/table-readings';
import { reportFixture } from '../support/fixtures';

describe('how the tables of run-together text were read', () => {
  it('lists the rows placed per table and the cells worked out from the arithmetic', async () => {
    const data = readReport(await readDocument(reportFixture('pingtan-2022.txt'), 'TEXT'));
    const tables = tableReadings(data);
    expect(tables.map((table) => [table.table, table.found])).toEqual([
      ['disclosure', true],
      ['applications', true],
      ['cases', true],
      ['platform', false],
    ]);
    const normative = tables[0].rows.find((row) => row.row === 'activeDisclosure.normativeDocuments');
    expect(normative?.text).toMatch(/8855698/);
    // 8855698 splits into 88 | 55 | 698 only with the narrative's 88 and 698.
    expect(derivedCells(data)).toEqual(expect.arrayContaining(['activeDisclosure.normativeDocuments.repealed']));
  });
});
