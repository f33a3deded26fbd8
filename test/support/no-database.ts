// The tests that touch no database run once, with a DATABASE_URL no database can be opened at:
// a test that opens one anyway fails here instead of silently running on SQLite twice.
process.env.DATABASE_URL = 'no-database://tests-of-this-group-touch-no-database';
