import { HubError } from '../../src/core/errors';
import { generateReport } from '../../src/generator/generate-report';
import { checkStorableNumbers } from '../../src/storage/ingest/storable-numbers';

const report = () => generateReport({ organization: '丈亭镇人民政府', year: 2022, template: '2021', seed: 'storable' });

/** The refusal checkStorableNumbers throws, or null when it lets the report through. */
function refusal(data: ReturnType<typeof report>): HubError | null {
  try {
    checkStorableNumbers(data);
    return null;
  } catch (error) {
    if (error instanceof HubError) return error;
    throw error;
  }
}

describe('numbers no column can hold', () => {
  it('lets a report of ordinary counts through', () => {
    expect(refusal(report())).toBeNull();
  });

  it.each([3_000_000_000, -3_000_000_000, Infinity])('refuses %p, naming the table and the column it would go to', (value) => {
    const data = report();
    data.channels = { ...data.channels, website: value };
    const error = refusal(data);
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.details).toEqual({ table: 'publicationCounts', column: 'value', value: String(value), max: 2_147_483_647 });
    expect(error?.message).toContain(`${value}（publicationCounts.value）`);
  });

  it('refuses a table-3 count as well as a channel count', () => {
    const data = report();
    data.applications!.newReceived!.natural = 1e12;
    expect(refusal(data)?.details).toMatchObject({ table: 'applicationCounts', column: 'natural' });
  });
});
