import { sql } from '../../src/storage/db/sql';

const quoter = { escape: (name: string) => `\`${name.replace(/`/g, '``')}\`` };

describe('Sql fragments', () => {
  it('writes nested templates and joins in text order, each value where it appears', () => {
    const condition = (column: string, value: number) => sql`${sql.identifier(column, quoter)} > ${sql.value(value)}`;
    const where = sql.join([condition('a', 1), condition('b`c', 2), sql`c = ${sql.value('x')}`], sql` AND `);
    const statement = sql.statement(sql`SELECT ${sql.constant('1')} FROM t WHERE ${where} LIMIT ${sql.value(10)}`);
    expect(statement).toEqual({
      sql: 'SELECT 1 FROM t WHERE `a` > ? AND `b``c` > ? AND c = ? LIMIT ?',
      params: [1, 2, 'x', 10],
    });
  });

  it('writes a fragment used twice twice, and an empty join as nothing', () => {
    const value = sql`${sql.value(7)}`;
    expect(sql.statement(sql`(${value}, ${value})${sql.join([], sql`, `)}`)).toEqual({ sql: '(?, ?)', params: [7, 7] });
  });

  it('writes a list of values bound one by one, in order', () => {
    expect(sql.statement(sql`x IN (${sql.list(['330281', 2024, 'a'])})`)).toEqual({ sql: 'x IN (?, ?, ?)', params: ['330281', 2024, 'a'] });
  });

  it('writes a fragment nested deeper than any statement nests the same as a flat one', () => {
    let nested = sql`${sql.value(0)}`;
    for (let i = 1; i < 200; i++) nested = sql`(${nested} + ${sql.value(i)})`;
    const { sql: text, params } = sql.statement(nested);
    expect(params).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(text.startsWith('('.repeat(199) + '? + ?)')).toBe(true);
    expect(text.match(/\?/g)).toHaveLength(200);
  });
});
