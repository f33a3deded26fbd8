/** The most characters of one input an error message or its details repeat back. */
export const MAX_ECHO = 200;

/**
 * An input as an error may quote it: whole when short, else its first MAX_ECHO characters and
 * its length, so that a 20 MB value costs a refusal no more than a short one.
 */
export function quoteInput(value: string): string {
  return value.length <= MAX_ECHO ? value : `${value.slice(0, MAX_ECHO)}…（共 ${value.length} 个字符）`;
}
