/** Arguments holding a document or a secret: only their length goes into the log. */
const CONTENT_KEYS = new Set(['content', 'token', 'secret']);
const MAX_STRING = 200;
const MAX_SUMMARY = 4000;

function lengthNote(value: string): string {
  return `«${value.length} 个字符»`;
}

/**
 * A mutation's arguments as the audit log keeps them: JSON, with document content and any
 * long string replaced by its length, so the log never holds a document or a secret.
 */
export function summarizeArguments(args: Record<string, unknown>): string {
  const json = JSON.stringify(args, (key, value: unknown) => {
    if (typeof value !== 'string') return value;
    return CONTENT_KEYS.has(key) || value.length > MAX_STRING ? lengthNote(value) : value;
  });
  return json.length > MAX_SUMMARY ? `${json.slice(0, MAX_SUMMARY)}…` : json;
}
