/**
 * SQL fragments whose safety is a type, in the spirit of pg-sql2: a `Sql` is made only of the
 * program's own template literals, values kept apart to be bound, and identifiers quoted by
 * the driver. No function turns a runtime string into SQL text, so a request's input can reach
 * a statement only as a bound value, and the compiler says so.
 */

/** A value bound to a statement; nothing else from a request reaches SQL text. */
export type SqlValue = string | number;

/** A finished statement: text with positional ? placeholders and their values in text order. */
export interface Statement {
  sql: string;
  params: SqlValue[];
}

/** What quotes identifiers: a TypeORM driver. */
export interface IdentifierQuoter {
  escape(name: string): string;
}

/** Text, or a value bound as a ? placeholder. */
type Part = string | { value: SqlValue };

/** Text made at compile time: a literal or a template of literals and numbers, never a plain `string`. */
export type ConstantText<T extends string> = string extends T ? never : T;

export class Sql {
  /**
   * ECMAScript-private: no object literal or other class is assignable to Sql. Fragments are
   * kept as they are, not copied into their parent: a statement nests fragments a dozen levels
   * deep, and copying would write each part again at every level. `statement` flattens them once.
   */
  readonly #parts: readonly (Part | Sql)[];

  private constructor(parts: readonly (Part | Sql)[]) {
    this.#parts = parts;
  }

  /** sql`…${fragment}…`: the literal text, with only fragments interpolated. */
  static template(strings: TemplateStringsArray, ...fragments: Sql[]): Sql {
    if (!Array.isArray(strings.raw)) throw new Error('sql is a template tag');
    const parts: (Part | Sql)[] = [strings[0]];
    for (let i = 0; i < fragments.length; i++) parts.push(fragments[i], strings[i + 1]);
    return new Sql(parts);
  }

  /** A value, bound as a ? placeholder. */
  static value(value: SqlValue): Sql {
    return new Sql([{ value }]);
  }

  /** A name quoted by the driver (quotes inside doubled): an identifier, never an expression. */
  static identifier(name: string, quoter: IdentifierQuoter): Sql {
    return new Sql([quoter.escape(name)]);
  }

  /** Text fixed at compile time, e.g. a generated alias `m${i}` or a keyword chosen by a switch. */
  static constant<T extends string>(text: ConstantText<T>): Sql {
    return new Sql([text]);
  }

  /** Values bound as a comma-separated list, for `IN (…)`. */
  static list(values: readonly SqlValue[]): Sql {
    return Sql.join(
      values.map((value) => Sql.value(value)),
      Sql.constant(', '),
    );
  }

  static join(fragments: readonly Sql[], separator: Sql): Sql {
    const parts: Sql[] = [];
    for (const fragment of fragments) {
      if (parts.length) parts.push(separator);
      parts.push(fragment);
    }
    return new Sql(parts);
  }

  /** The statement: text with ? placeholders and the values in the order they appear. */
  static statement(fragment: Sql): Statement {
    const texts: string[] = [];
    const params: SqlValue[] = [];
    fragment.#write(texts, params);
    return { sql: texts.join(''), params };
  }

  /** Appends this fragment's text, and its values in text order, depth first. */
  #write(texts: string[], params: SqlValue[]): void {
    for (const part of this.#parts) {
      if (typeof part === 'string') texts.push(part);
      else if (part instanceof Sql) part.#write(texts, params);
      else {
        params.push(part.value);
        texts.push('?');
      }
    }
  }
}

/** The template tag and its helpers: sql`SELECT ${sql.value(1)}`, sql.join, sql.identifier … */
export const sql = Object.assign((strings: TemplateStringsArray, ...fragments: Sql[]) => Sql.template(strings, ...fragments), {
  value: (value: SqlValue) => Sql.value(value),
  identifier: (name: string, quoter: IdentifierQuoter) => Sql.identifier(name, quoter),
  constant: <T extends string>(text: ConstantText<T>) => Sql.constant(text),
  join: (fragments: readonly Sql[], separator: Sql) => Sql.join(fragments, separator),
  list: (values: readonly SqlValue[]) => Sql.list(values),
  statement: (fragment: Sql) => Sql.statement(fragment),
});
