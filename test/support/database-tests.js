/**
 * Which test files touch a database: those that import, through the test folder's own modules,
 * the test database, a hub in a child process, a replicated MariaDB, or the hub's database layer.
 * They run once per database (SQLite, MariaDB); every other file runs once. A file put in the
 * wrong group fails loudly: the group without a database runs with a DATABASE_URL no database
 * can be opened at (test/support/no-database.ts).
 */
const fs = require('node:fs');
const path = require('node:path');

const OPENS_A_DATABASE = /support\/database'|support\/hub-process'|support\/mariadb-replication'|src\/storage\/db\/|src\/hub'|src\/server'/;
const RELATIVE_IMPORT = /from '(\.[^']+)'/g;

function filesUnder(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/** The .ts file a relative import inside the test folder names, if it is one. */
function importedTestFile(from, specifier, testRoot) {
  const target = path.resolve(path.dirname(from), specifier);
  if (!target.startsWith(testRoot)) return undefined;
  return [`${target}.ts`, path.join(target, 'index.ts')].find((file) => fs.existsSync(file));
}

function touchesDatabase(file, testRoot, known, visiting = new Set()) {
  if (known.has(file)) return known.get(file);
  if (visiting.has(file)) return false;
  visiting.add(file);
  const source = fs.readFileSync(file, 'utf8');
  const imported = [...source.matchAll(RELATIVE_IMPORT)].map((match) => importedTestFile(file, match[1], testRoot)).filter(Boolean);
  const touches = OPENS_A_DATABASE.test(source) || imported.some((next) => touchesDatabase(next, testRoot, known, visiting));
  known.set(file, touches);
  return touches;
}

/** The test files of `testRoot` (browser tests aside) split into those that touch a database and the rest. */
function splitByDatabase(testRoot) {
  const known = new Map();
  const tests = filesUnder(testRoot).filter((file) => file.endsWith('.test.ts') && !file.includes(`${path.sep}browser${path.sep}`));
  return {
    database: tests.filter((file) => touchesDatabase(file, testRoot, known)),
    noDatabase: tests.filter((file) => !touchesDatabase(file, testRoot, known)),
  };
}

module.exports = { splitByDatabase };
