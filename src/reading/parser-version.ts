/**
 * The reading's version: bumped whenever the reader reads some document differently. Every
 * stored version records the parser version that read it, so that `reparse` knows which
 * documents today's reader has not read yet.
 */
export const PARSER_VERSION = 1;
