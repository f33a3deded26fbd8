import v8 from 'node:v8';

/**
 * `npm start` gives node semi-spaces of 32 MB (--max-semi-space-size=32): the requests in
 * flight make many short-lived objects, and with V8's default of 16 MB its young collections
 * copied them again and again. The flag is the process's, and the heap of every worker started
 * later would take it too. The hub's own heap was sized when the process started, so setting the
 * flag back to V8's own choice (0) before any worker starts leaves the hub its semi-spaces and
 * gives each parse worker, reading one document at a time, its default young generation: its
 * memory stays what HUB_PARSE_MEMORY_MB says (the bench's hostile documents left the hub at
 * 408–411 MB with the workers' semi-spaces grown, 377 MB without, against a goal of 400).
 */
export function workersTakeDefaultSemiSpaces(): void {
  v8.setFlagsFromString('--max-semi-space-size=0');
}
