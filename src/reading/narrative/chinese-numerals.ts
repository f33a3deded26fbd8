/** Chinese numerals as reports use them for dates and section numbers: 〇–九, 十–九十九. */

const DIGITS: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A year written digit by digit: 二〇二〇 → 2020. */
export function digitByDigit(text: string): number {
  return Number([...text].map((digit) => DIGITS[digit]).join(''));
}

/** 1–99: 九, 十, 十二, 二十, 三十一. */
export function chineseNumber(text: string): number {
  const [tens, units] = text.split('十');
  if (units === undefined) return DIGITS[tens];
  return (tens === '' ? 1 : DIGITS[tens]) * 10 + (units === '' ? 0 : DIGITS[units]);
}
