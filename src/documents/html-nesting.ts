/**
 * A guard run before parsing. htmlparser2 keeps its open elements in an array that it shifts
 * for every tag, so a page nested n deep costs n² (100,000 nested <div> take seconds), and a
 * tree that deep would overflow any recursive walk. No real report page nests more than a few
 * dozen elements; a deeper one is refused, cheaply, before it is parsed.
 */
import { HubError } from '../errors';

export const MAX_NESTING = 500;

/** Elements whose content is raw text: a `<div>` inside a script is a string, not markup. */
const RAW_TEXT_END: ReadonlyMap<string, RegExp> = new Map(
  ['script', 'style', 'textarea', 'title'].map((name) => [name, new RegExp(`</${name}`, 'gi')]),
);

/** A tag's name, read just after its `<` (and the `/` of an end tag). */
const TAG_NAME = /\/?([a-zA-Z][^\s/>]*)/y;

const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/**
 * Open elements that a new tag closes, as htmlparser2 closes them (a subset of its table, so
 * that the depth counted here is never below the parser's): `<p>` before a block, a cell
 * before the next cell, an item before the next item.
 */
const P = ['p'];
const CLOSED_BY: ReadonlyMap<string, readonly string[]> = new Map([
  ['tr', ['tr', 'th', 'td']],
  ['th', ['th']],
  ['td', ['thead', 'th', 'td']],
  ['li', ['li']],
  ['option', ['option']],
  ['dd', ['dd', 'dt']],
  ['dt', ['dd', 'dt']],
  ['tbody', ['thead', 'tbody']],
  ['tfoot', ['thead', 'tbody']],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'main', 'nav', 'ol', 'pre', 'section', 'table',
    'ul'].map((tag): [string, readonly string[]] => [tag, P]),
]);

/** The open elements, with a count per name so that a stray end tag is found (or not) in O(1). */
class OpenElements {
  private readonly stack: string[] = [];
  private readonly counts = new Map<string, number>();

  get depth(): number {
    return this.stack.length;
  }

  open(name: string): void {
    const closes = CLOSED_BY.get(name);
    while (closes && this.stack.length > 0 && closes.includes(this.stack[this.stack.length - 1])) this.pop();
    if (VOID.has(name)) return;
    this.stack.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** An end tag closes its element and all opened after it; one with no open element is ignored. */
  close(name: string): void {
    if (!this.counts.get(name)) return;
    while (this.pop() !== name);
  }

  private pop(): string | undefined {
    const name = this.stack.pop();
    if (name !== undefined) this.counts.set(name, this.counts.get(name)! - 1);
    return name;
  }
}

/**
 * Scans the tags (not their attributes, which cost nothing to nest) and the open elements
 * they leave, the way htmlparser2 would open and close them.
 */
export function checkNesting(html: string): void {
  const open = new OpenElements();
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    if (html.startsWith('<!--', at)) {
      at = endOf(html, '-->', at);
      continue;
    }
    TAG_NAME.lastIndex = at + 1;
    const match = TAG_NAME.exec(html);
    if (!match) continue;
    const name = match[1].toLowerCase();
    if (html[at + 1] === '/') open.close(name);
    else if (RAW_TEXT_END.has(name)) at = rawTextEnd(html, name, at);
    else open.open(name);
    if (open.depth > MAX_NESTING) throw tooDeep(at);
  }
}

/** Where the text `end` ends, after `from`; the end of the document if it never comes. */
function endOf(html: string, end: string, from: number): number {
  const found = html.indexOf(end, from);
  return found < 0 ? html.length : found + end.length - 1;
}

function rawTextEnd(html: string, name: string, from: number): number {
  const end = RAW_TEXT_END.get(name)!;
  end.lastIndex = from;
  return end.exec(html) ? end.lastIndex : html.length;
}

function tooDeep(offset: number): HubError {
  return new HubError('CORRUPT_DOCUMENT', `HTML 文档的元素嵌套超过 ${MAX_NESTING} 层（在第 ${offset} 个字符处），不是可读取的报告网页`, {
    maxNesting: MAX_NESTING,
    offset,
  });
}
