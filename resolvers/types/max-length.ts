import type { MaxLength } from '../../src/api/graphql/limits/string-lengths';

/**
 * The extension that declares an input field's longest value (`@Extensions(maxLength(500))`),
 * read by the limits plugin before anything runs. Fields without one take
 * DEFAULT_MAX_INPUT_LENGTH (100 characters).
 */
export function maxLength(limit: MaxLength): { maxLength: MaxLength } {
  return { maxLength: limit };
}
