import { normalizeRegionCode } from '../../src/core/region-code';

describe('normalizeRegionCode', () => {
  it.each([
    ['33', '330000'],
    ['330000', '330000'],
    ['3302', '330200'],
    ['330200', '330200'],
    ['330281', '330281'],
    ['330281109', '330281109'],
    ['330281109000', '330281109'],
    ['  330281 ', '330281'],
    ['\t330281109\n', '330281109'],
    ['３３０２８１', '330281'], // full-width digits from a Chinese input method
    ['　330281　', '330281'], // ideographic spaces
  ])('%j → %j', (input, expected) => {
    expect(normalizeRegionCode(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    '3',
    '330',
    '33028',
    '3302811',
    '33028110',
    '3302811090',
    '33028110900',
    '330281109201', // a village, not a township
    '3302811090000',
    '330 281',
    '330281a',
    '-33028',
    '+330281',
    '3.3e5',
    '330281.0',
  ])('rejects %j', (input) => {
    expect(normalizeRegionCode(input)).toBeNull();
  });
});
