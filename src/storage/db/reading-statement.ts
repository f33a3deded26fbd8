/** A statement that only reads (a time limit may stop it, a lost connection may run it again), prefixed or not by SET STATEMENT … FOR. */
const READING = /^\s*(SET\s+STATEMENT\s[\s\S]*?\sFOR\s+)?(SELECT|WITH)\b/i;

export function isReadingStatement(sql: string): boolean {
  return READING.test(sql);
}
