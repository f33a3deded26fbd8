import { inUnit, parseCell, statedUnit } from '../../src/reading/template/cell-value';

describe('parseCell', () => {
  it.each([
    ['', { kind: 'blank' }],
    ['  ', { kind: 'blank' }],
    ['——', { kind: 'notApplicable' }],
    ['—', { kind: 'notApplicable' }],
    ['-', { kind: 'notApplicable' }],
    ['－', { kind: 'notApplicable' }],
    ['/', { kind: 'notApplicable' }],
    ['无', { kind: 'notApplicable' }],
    ['0', { kind: 'number', value: 0 }],
    ['9116.36', { kind: 'number', value: 9116.36 }],
    ['1,234', { kind: 'number', value: 1234 }],
    ['１２３', { kind: 'number', value: 123 }],
    ['-2', { kind: 'number', value: -2 }],
    ['251000元', { kind: 'number', value: 251000, unit: '元' }],
    ['37.19万元', { kind: 'number', value: 37.19, unit: '万元' }],
    ['31（件）', { kind: 'number', value: 31, unit: '件' }],
    ['条', { kind: 'unit', unit: '条' }],
    ['规章', { kind: 'text', text: '规章' }],
    ['12,34', { kind: 'text', text: '12,34' }],
  ])('%j', (raw, cell) => {
    expect(parseCell(raw)).toEqual(cell);
  });
});

describe('units of amounts', () => {
  it('reads the unit a header states', () => {
    expect(statedUnit('采购总金额（万元）')).toBe('万元');
    expect(statedUnit('本年收费金额（单位：万元）')).toBe('万元');
    expect(statedUnit('采购总金额（单位：元）')).toBe('元');
    expect(statedUnit('采购总金额')).toBeUndefined();
  });

  it('converts 万元 to yuan, the cell unit winning over the header', () => {
    expect(inUnit(parseCell('37.19'), '万元', '元')).toEqual({ kind: 'number', value: 371900, unit: '元' });
    expect(inUnit(parseCell('371900元'), '万元', '元')).toEqual({ kind: 'number', value: 371900, unit: '元' });
    expect(inUnit(parseCell('37.19万元'), undefined, '元')).toEqual({ kind: 'number', value: 371900, unit: '元' });
    expect(inUnit(parseCell('9116.36'), '万元', '万元')).toEqual({ kind: 'number', value: 9116.36 });
    expect(inUnit(parseCell('——'), '万元', '元')).toEqual({ kind: 'notApplicable' });
  });
});
