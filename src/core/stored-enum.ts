/**
 * Columns that hold one of a fixed set of words (a template version, a severity, a region
 * level, a role …) are varchar in the database, so that every supported database stores them
 * alike. Read back, a value is checked against its set rather than cast: a row written by
 * hand, by another build or by a half-applied migration fails where it is read, naming the
 * column and the value, instead of travelling on as a type it is not.
 */
export class UnknownStoredValueError extends Error {
  constructor(
    readonly column: string,
    readonly value: unknown,
    readonly allowed: readonly string[],
  ) {
    super(`${column} holds ${JSON.stringify(value)}, which is none of ${allowed.join(', ')}`);
    this.name = 'UnknownStoredValueError';
  }
}

/** The checked reading of one column: its value as the type, or UnknownStoredValueError. */
export function storedEnum<T extends string>(column: string, allowed: readonly T[]): (value: unknown) => T {
  return (value) => {
    const known = allowed.find((word) => word === value);
    if (known === undefined) throw new UnknownStoredValueError(column, value, allowed);
    return known;
  };
}
