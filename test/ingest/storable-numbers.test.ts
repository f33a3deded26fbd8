import { HubError } from '../../src/core/errors';
import { generateReport } from '../../src/generator/generate-report';
import { checkStorableNumbers } from '../../src/storage/ingest/storable-numbers';
import { textContaining, thrownBy } from '../support/matchers';

const report = () => generateReport({ organization: '丈亭镇人民政府', year: 2022, template: '2021', seed: 'storable' });

describe('numbers no column can hold', () => {
  it('lets a report of ordinary counts through', () => {
    expect(thrownBy(() => checkStorableNumbers(report()))).toBeUndefined();
  });

  it.each([3_000_000_000, -3_000_000_000, Infinity])('refuses %p, naming the table and the column it would go to', (value) => {
    const data = report();
    data.channels = { ...data.channels, website: value };
    const error = thrownBy(() => checkStorableNumbers(data));
    expect(error).toBeInstanceOf(HubError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: textContaining(`${value}（publicationCounts.value）`),
      details: { table: 'publicationCounts', column: 'value', value: String(value), max: 2_147_483_647 },
    });
  });

  it('refuses a table-3 count as well as a channel count', () => {
    const data = report();
    data.applications!.newReceived!.natural = 1e12;
    expect(thrownBy(() => checkStorableNumbers(data))).toMatchObject({ details: { table: 'applicationCounts', column: 'natural' } });
  });
});
