/**
 * jest's asymmetric matchers are typed `any`; these stand in for them where a typed value is
 * expected, typed as what they match. At run time they are jest's own matchers.
 */

/** Any text containing `text` (expect.stringContaining). */
export function textContaining(text: string): string {
  return expect.stringContaining(text) as string;
}

/** Any array (expect.any(Array)), for a test that asserts its items apart. */
export function anyArray<T>(): T[] {
  return expect.any(Array) as T[];
}

/** What `run` throws, undefined if it returns: for asserting a thrown error's fields as toThrow cannot. */
export function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
