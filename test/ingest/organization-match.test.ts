import { NamedTownship, checkOrganization, organizationNames } from '../../src/storage/ingest/organization-match';

const township = (name: string, ancestors: string[] = ['浙江省', '宁波市', '余姚市']): NamedTownship => ({
  code: '330281109',
  name,
  ancestors,
});

describe('matching the organization a report names to its township', () => {
  it('accepts the usual forms of the name', () => {
    for (const organization of [
      '丈亭镇人民政府',
      '余姚市丈亭镇',
      '丈亭 镇 人民政府',
      '浙江省宁波市余姚市丈亭镇人民政府',
      '余姚丈亭镇人民政府',
    ])
      expect([organization, organizationNames(organization, township('丈亭镇'))]).toEqual([organization, true]);
    expect(organizationNames('梨洲街道办事处', township('梨洲街道'))).toBe(true);
    expect(organizationNames('梨洲办事处', township('梨洲街道'))).toBe(true);
    expect(organizationNames('丈亭镇人民政府', township('梨洲街道'))).toBe(false);
  });

  // Found loading every township of the country: 120116400 is named with brackets, and its
  // generated report, signed 天津经济技术开发区（其他片区）人民政府, was rejected as another body's.
  it('matches a township whose name has brackets, signed with them, without them or with half-width ones', () => {
    const named = township('天津经济技术开发区（其他片区）', ['天津市', '市辖区', '滨海新区']);
    for (const organization of [
      '天津经济技术开发区（其他片区）人民政府',
      '天津经济技术开发区其他片区人民政府',
      '天津经济技术开发区(其他片区)人民政府',
    ]) {
      expect([organization, organizationNames(organization, named)]).toEqual([organization, true]);
    }
    expect(organizationNames('天津经济技术开发区（西区）人民政府', named)).toBe(false);
  });

  // ingest without --region filed 平潭综合实验区's report under 平潭镇 of 惠阳区 (the name's stem was enough).
  it('takes no other body for a township of a like name', () => {
    const cases: [string, NamedTownship][] = [
      ['平潭综合实验区', township('平潭镇', ['广东省', '惠州市', '惠阳区'])],
      ['平潭综合实验区金井片区管理局', township('金井镇', ['福建省', '福州市', '平潭县'])],
      ['平潭综合实验区海坛片区管理局关于', township('海坛街道', ['福建省', '福州市', '平潭县'])],
      ['新太平镇人民政府', township('太平镇')],
      ['太平镇中心学校', township('太平镇')],
      ['丈亭人民政府', township('丈亭镇')],
      ['慈溪市丈亭镇人民政府', township('丈亭镇')],
    ];
    for (const [organization, named] of cases)
      expect([organization, named.name, organizationNames(organization, named)]).toEqual([organization, named.name, false]);
  });

  // Two regions of the seed are named just 街道: every 街道办事处 fitted them.
  it('never matches a township named by an ending alone', () => {
    for (const organization of ['梨洲街道办事处', '街道办事处', '街道'])
      expect(organizationNames(organization, township('街道'))).toBe(false);
  });

  // The national bench load stopped at 河北省: every upload for 130273001 (named 街道) was ORGANIZATION_MISMATCH.
  it('lets an upload for a township named by an ending alone through, since nothing names it', () => {
    for (const organization of ['街道办事处', '丈亭镇人民政府'])
      expect(() => checkOrganization(organization, township('街道'))).not.toThrow();
    expect(() => checkOrganization('丈亭镇人民政府', township('梨洲街道'))).toThrow(/丈亭镇人民政府.*梨洲街道/);
  });
});
