import { MAX_ECHO } from './quote-input';

type Step = { text: string } | { value: unknown };

/** The pieces of a value's JSON, in order. Iterative: a value nested 100,000 deep costs no stack. */
function* jsonPieces(value: unknown): Generator<string> {
  const steps: Step[] = [{ value }];
  for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
    if ('text' in step) {
      yield step.text;
      continue;
    }
    const current = step.value;
    if (current !== null && typeof current === 'object') {
      // Pushed last piece first, one by one (spreading 100,000 items into push() overflows the stack).
      const array = Array.isArray(current);
      const entries = array ? current.map((item): [string | null, unknown] => [null, item]) : Object.entries(current);
      steps.push({ text: array ? ']' : '}' });
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i];
        steps.push({ value: item });
        if (key !== null) steps.push({ text: `${JSON.stringify(key)}:` });
        if (i > 0) steps.push({ text: ',' });
      }
      steps.push({ text: array ? '[' : '{' });
    } else {
      yield JSON.stringify(current) ?? 'null';
    }
  }
}

/** The length of a value's JSON text, without building it. */
export function jsonLength(value: unknown): number {
  let length = 0;
  for (const piece of jsonPieces(value)) length += piece.length;
  return length;
}

/** A value's JSON as an error may quote it: at most MAX_ECHO characters, however large or deep the value. */
export function previewJson(value: unknown): string {
  let text = '';
  for (const piece of jsonPieces(value)) {
    text += piece;
    if (text.length > MAX_ECHO) return `${text.slice(0, MAX_ECHO)}…`;
  }
  return text;
}
