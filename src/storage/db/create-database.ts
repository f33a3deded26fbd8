import mysql from 'mysql2/promise';

/** A database name the hub creates: letters, digits, `_`, `$` and `-`, as MariaDB's unquoted names and more. */
const DATABASE_NAME = /^[A-Za-z0-9_$-]{1,64}$/;

/** MariaDB's and MySQL's code for a connection to a database that does not exist. */
export const UNKNOWN_DATABASE = 'ER_BAD_DB_ERROR';

/**
 * Creates the database a mysql:// URL names on its server (utf8mb4, as the migrations expect),
 * so that `DATABASE_URL=mysql://…/hub` works on a server where `hub` does not exist yet.
 * Only called once connecting has said the database is missing: a user without the right to
 * create databases can still use one made for it.
 */
export async function createDatabase(url: string): Promise<void> {
  const server = new URL(url);
  const name = decodeURIComponent(server.pathname.slice(1));
  if (!DATABASE_NAME.test(name))
    throw new Error(`DATABASE_URL names the database "${name}", which the hub does not create: use letters, digits, _ and -`);
  server.pathname = '/';
  const connection = await mysql.createConnection(server.toString());
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS ${mysql.escapeId(name)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}
