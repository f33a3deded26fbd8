/** A value bound to a statement; nothing else from a request reaches SQL text. */
export type SqlValue = string | number;

/** A finished statement: text with positional ? placeholders and their values in order. */
export interface Statement {
  sql: string;
  params: SqlValue[];
}

/**
 * The values of one statement. Fragments are built in whatever order is convenient, so each
 * value gets a named placeholder (:p0, :p1 …); `statement` then turns them into positional
 * ? placeholders in text order, the form both better-sqlite3 and mysql2 bind.
 */
export class SqlParams {
  private readonly values: SqlValue[] = [];

  bind(value: SqlValue): string {
    this.values.push(value);
    return `:p${this.values.length - 1}`;
  }

  statement(sql: string): Statement {
    const params: SqlValue[] = [];
    const text = sql.replace(/:p(\d+)\b/g, (_placeholder, index: string) => {
      params.push(this.values[Number(index)]);
      return '?';
    });
    return { sql: text, params };
  }
}
