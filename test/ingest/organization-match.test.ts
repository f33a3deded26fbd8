import { organizationIsTownship } from '../../src/storage/ingest/organization-match';

describe('matching the organization a report names to its township', () => {
  it('accepts the usual forms of the name', () => {
    for (const organization of ['丈亭镇人民政府', '余姚市丈亭镇', '丈亭 镇 人民政府'])
      expect(organizationIsTownship(organization, '丈亭镇')).toBe(true);
    expect(organizationIsTownship('梨洲街道办事处', '梨洲街道')).toBe(true);
    expect(organizationIsTownship('丈亭镇人民政府', '梨洲街道')).toBe(false);
  });

  // Found loading every township of the country: 120116400 is named with brackets, and its
  // generated report, signed 天津经济技术开发区（其他片区）人民政府, was rejected as another body's.
  it('matches a township whose name has brackets, signed with them, without them or with half-width ones', () => {
    const name = '天津经济技术开发区（其他片区）';
    for (const organization of [
      '天津经济技术开发区（其他片区）人民政府',
      '天津经济技术开发区其他片区人民政府',
      '天津经济技术开发区(其他片区)人民政府',
    ]) {
      expect([organization, organizationIsTownship(organization, name)]).toEqual([organization, true]);
    }
    expect(organizationIsTownship('天津经济技术开发区（西区）人民政府', name)).toBe(false);
  });
});
