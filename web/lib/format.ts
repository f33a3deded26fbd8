/** A cell as shown: a blank cell or a missing report is written out, never shown as 0. */
export function cellText(value: number | null | undefined): string {
  return value === null || value === undefined ? '未填' : String(value);
}

export function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/** The error text a panel shows in place of its content. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A share as a whole percentage (0.375 → 38%). */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
