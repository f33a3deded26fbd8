import { loadRegionSeed, RegionLevel, RegionSeed, REGION_LEVELS, withAncestors } from '../../src/storage/store/region-seed';

const seed = loadRegionSeed();
const byCode = new Map(seed.map((region) => [region.code, region]));
const townships = seed.filter((region) => region.level === 'TOWNSHIP');

function childrenOf(code: string): RegionSeed[] {
  return seed.filter((region) => region.parentCode === code);
}

describe('loadRegionSeed', () => {
  it('has the expected number of regions per level', () => {
    const counts = Object.fromEntries(REGION_LEVELS.map((level) => [level, seed.filter((r) => r.level === level).length]));
    expect(counts).toEqual({ PROVINCE: 31, CITY: 342, COUNTY: 2975, TOWNSHIP: 41352 });
  });

  it('has unique codes of the stored lengths, sorted', () => {
    expect(byCode.size).toBe(seed.length);
    const lengths: Record<RegionLevel, number> = { PROVINCE: 6, CITY: 6, COUNTY: 6, TOWNSHIP: 9 };
    expect(seed.filter((r) => !new RegExp(`^[0-9]{${lengths[r.level]}}$`).test(r.code))).toEqual([]);
    expect(seed.map((r) => r.code)).toEqual(seed.map((r) => r.code).sort());
  });

  it('gives every region but a province a parent that exists one level or more up', () => {
    const rank = (level: RegionLevel) => REGION_LEVELS.indexOf(level);
    const bad = seed.filter((r) => {
      const parent = r.parentCode === null ? undefined : byCode.get(r.parentCode);
      return r.level === 'PROVINCE' ? r.parentCode !== null : !parent || rank(parent.level) >= rank(r.level);
    });
    expect(bad).toEqual([]);
  });

  it('gives every township a province and city ancestor that exist', () => {
    const bad = townships.filter((t) => byCode.get(t.provinceCode)?.level !== 'PROVINCE' || byCode.get(t.cityCode ?? '')?.level !== 'CITY');
    expect(bad).toEqual([]);
  });

  it('never puts a region in its own city or county column', () => {
    expect(seed.filter((r) => r.cityCode === r.code || r.countyCode === r.code)).toEqual([]);
  });

  it('fills 丈亭镇 with its county, city and province', () => {
    expect(byCode.get('330281109')).toEqual({
      code: '330281109',
      name: '丈亭镇',
      level: 'TOWNSHIP',
      parentCode: '330281',
      provinceCode: '330000',
      cityCode: '330200',
      countyCode: '330281',
    });
  });

  it('fills a county, a city and a province', () => {
    expect(byCode.get('330281')).toMatchObject({ name: '余姚市', provinceCode: '330000', cityCode: '330200', countyCode: null });
    expect(byCode.get('330200')).toMatchObject({ name: '宁波市', provinceCode: '330000', cityCode: null, countyCode: null });
    expect(byCode.get('330000')).toMatchObject({ name: '浙江省', provinceCode: '330000', cityCode: null, countyCode: null });
  });

  it('lists 余姚市’s 21 townships', () => {
    const names = townships.filter((t) => t.countyCode === '330281').map((t) => t.name);
    expect(names.sort()).toEqual(
      [
        '梨洲街道',
        '凤山街道',
        '兰江街道',
        '阳明街道',
        '低塘街道',
        '朗霞街道',
        '临山镇',
        '黄家埠镇',
        '小曹娥镇',
        '泗门镇',
        '马渚镇',
        '牟山镇',
        '丈亭镇',
        '三七市镇',
        '河姆渡镇',
        '大隐镇',
        '陆埠镇',
        '梁弄镇',
        '大岚镇',
        '四明山镇',
        '鹿亭乡',
      ].sort(),
    );
  });

  it('counts the townships under 浙江省', () => {
    expect(townships.filter((t) => t.provinceCode === '330000').length).toBe(1387);
  });

  it('keeps a municipality’s 市辖区 pseudo-city as the city ancestor', () => {
    expect(byCode.get('110100')).toMatchObject({ name: '市辖区', level: 'CITY', parentCode: '110000' });
    expect(byCode.get('110101001')).toMatchObject({ provinceCode: '110000', cityCode: '110100', countyCode: '110101' });
  });

  it.each([
    ['441900', '东莞市'],
    ['442000', '中山市'],
    ['460400', '儋州市'],
  ])('hangs countyless %s %s’s townships off the city', (code, name) => {
    expect(byCode.get(code)).toMatchObject({ name, level: 'CITY' });
    const children = childrenOf(code);
    expect(children.length).toBeGreaterThan(0);
    expect(children.every((t) => t.level === 'TOWNSHIP' && t.cityCode === code && t.countyCode === null)).toBe(true);
  });

  it('keeps 嘉峪关市’s pseudo-county, whose code differs from the city’s', () => {
    expect(byCode.get('620201')).toMatchObject({ name: '嘉峪关市', level: 'COUNTY', parentCode: '620200' });
    expect(childrenOf('620201').map((t) => t.name)).toEqual(['雄关街道', '钢城街道', '新城镇', '峪泉镇', '文殊镇']);
  });
});

describe('withAncestors', () => {
  it('rejects an unknown parent and a parent cycle', () => {
    expect(() => withAncestors([{ code: '330281', name: 'x', level: 'COUNTY', parentCode: '330200' }])).toThrow(/unknown ancestor/);
    const cycle = [
      { code: '330200', name: 'a', level: 'CITY' as const, parentCode: '330281' },
      { code: '330281', name: 'b', level: 'COUNTY' as const, parentCode: '330200' },
    ];
    expect(() => withAncestors(cycle)).toThrow(/two/);
  });
});
