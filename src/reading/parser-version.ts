/**
 * The version of the reading: bumped whenever some document reads differently than before, so
 * that a stored version can say which reading produced it and the archive can be read again.
 * 2: crawler text read by the template's table words; bounded splitting; cell sources.
 * 3: all-blank tables in PDF, crawler and layout text; a page number line in run-together text is no cell.
 */
export const PARSER_VERSION = 3;
