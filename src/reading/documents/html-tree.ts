/**
 * Parses a page into the tree the reader walks (html-dom.ts). htmlparser2 tokenises and
 * applies HTML's implied opens and closes (fast, and tolerant of the broken markup sites
 * serve); this handler keeps, of its events, only what a reader sees. Unseen and hidden
 * elements are dropped with everything inside them as they open, so the <head>, scripts,
 * styles and hidden parts of a page are never built, and nothing after parsing asks again
 * whether an element is visible. Of the attributes, only those the reader uses are kept:
 * Word's pages carry several hundred characters of inline style on every cell.
 */
import { type Handler, Parser } from 'htmlparser2';
import { type HtmlElement, type HtmlParent, hides, isUnseen, newElement } from './html-dom';
import { NestingGuard } from './html-nesting';
import { ElementBudget } from './html-size';

/** The page's tree, and the publication date its <meta> states (content management systems write one). */
export function parseHtml(html: string): { root: HtmlParent; published?: string } {
  const builder = new TreeBuilder();
  new Parser(builder, { decodeEntities: true }).end(html);
  return builder.published === undefined ? { root: builder.root } : { root: builder.root, published: builder.published };
}

/** <meta name=…> and <meta property=…> that hold when a page was published. */
const PUBLISHED_META = new Set(['pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time']);

class TreeBuilder implements Partial<Handler> {
  readonly root: HtmlParent = { children: [] };
  published?: string;
  /** The elements the parser holds open, innermost last: null for one the reader does not see, and for all inside it. */
  private readonly open: (HtmlElement | null)[] = [];
  private readonly guard = new NestingGuard();
  private readonly budget = new ElementBudget();
  private parser!: Parser;
  /** Whether the tag being opened has had a style attribute yet: the parser keeps the first of duplicates. */
  private styled = false;
  /** The attributes of the <meta> being opened, while no publication date is known. */
  private meta?: Map<string, string>;

  onparserinit(parser: Parser): void {
    this.parser = parser;
  }

  onopentagname(name: string): void {
    this.guard.opened(name, this.open.length, this.parser.startIndex);
    this.budget.opened(this.parser.startIndex);
    this.open.push(this.attach(name));
    this.styled = false;
    this.meta = name === 'meta' && this.published === undefined ? new Map() : undefined;
  }

  /** A new element, added to the one it opens in; null if the reader does not see it. */
  private attach(name: string): HtmlElement | null {
    const parent = this.innermost();
    if (!parent || isUnseen(name)) return null;
    const element = newElement(name);
    parent.children.push(element);
    return element;
  }

  /** Attributes come right after their tag's name, before anything inside it. */
  onattribute(name: string, value: string): void {
    this.meta?.set(name, value);
    const element = this.open[this.open.length - 1];
    if (!element) return;
    if (name === 'hidden' || (name === 'style' && !this.styled && hides(value))) this.dropInnermost();
    else if (name === 'href') element.link ||= element.name === 'a';
    else if (name === 'rowspan') element.rowSpan ??= value;
    else if (name === 'colspan') element.colSpan ??= value;
    if (name === 'style') this.styled = true;
  }

  /**
   * The <head> is never built, but a <meta> publication date is kept, from the attributes seen
   * one by one (an `onopentag` handler would make the parser build every tag's attributes).
   */
  private publishedIn(attributes: Map<string, string>): void {
    const key = (attributes.get('name') ?? attributes.get('property') ?? '').toLowerCase();
    const content = attributes.get('content');
    if (PUBLISHED_META.has(key) && content) this.published = content.trim();
  }

  onclosetag(name: string, isImplied: boolean): void {
    if (name === 'meta' && this.meta) this.publishedIn(this.meta);
    this.meta = undefined;
    this.open.pop();
    this.guard.closed(name, isImplied);
  }

  ontext(text: string): void {
    const parent = this.innermost();
    if (!parent) return;
    // The parser splits text at every entity; one string per run keeps the tree small.
    const last = parent.children.length - 1;
    const previous = parent.children[last];
    if (typeof previous === 'string') parent.children[last] = previous + text;
    else parent.children.push(text);
  }

  /** Where content goes now: null inside an element the reader does not see. */
  private innermost(): HtmlParent | null {
    return this.open.length === 0 ? this.root : this.open[this.open.length - 1];
  }

  /** The element being opened is hidden, its attributes say: it was just added, so it is its parent's last child. */
  private dropInnermost(): void {
    const parent = this.open.length === 1 ? this.root : this.open[this.open.length - 2]!;
    parent.children.pop();
    this.open[this.open.length - 1] = null;
  }
}
