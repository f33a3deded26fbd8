/**
 * Walks a page into blocks in reading order: the text between block-level elements (and
 * between `<br>`s) is a paragraph, a data table is a table block, a layout table (one that
 * holds tables, or has no row of two cells) is read through like any box. The walk notes
 * where the report body starts and ends, and how much of each paragraph is link text.
 */
import type { TableBlock } from './blocks';
import { type HtmlElement, type HtmlNode, type HtmlParent, collapseSpaces, isBlock, isElement, visibleLength } from './html-dom';
import type { Measures } from './html-measure';
import { captionsOf, readTable } from './html-table';

export interface WalkedParagraph {
  kind: 'paragraph';
  text: string;
  /** The share of the paragraph's visible characters inside links, 0 to 1. */
  linkShare: number;
}

export type WalkedBlock = WalkedParagraph | TableBlock;

export interface WalkedPage {
  blocks: WalkedBlock[];
  /** The blocks of the report body are blocks[bodyStart, bodyEnd). */
  bodyStart: number;
  bodyEnd: number;
}

/** Text gathered for the paragraph being read. */
class ParagraphText {
  private parts: string[] = [];
  private visible = 0;
  private linked = 0;

  add(text: string, inLink: boolean): void {
    this.parts.push(text);
    const length = visibleLength(text);
    this.visible += length;
    if (inLink) this.linked += length;
  }

  /** The paragraph so far, if it has any text; starts the next one. */
  take(): WalkedParagraph | undefined {
    const text = collapseSpaces(this.parts.join(''));
    const paragraph: WalkedParagraph | undefined =
      text === '' ? undefined : { kind: 'paragraph', text, linkShare: this.visible === 0 ? 0 : this.linked / this.visible };
    this.parts = [];
    this.visible = 0;
    this.linked = 0;
    return paragraph;
  }
}

/** A step of the walk: a node to enter, or an element being left. */
type Step = { node: HtmlNode } | { leave: HtmlElement };

/** Walks from `root` to the end of `body`; nothing after the body is read. */
export function walkPage(root: HtmlParent, body: HtmlParent, measures: Measures): WalkedPage {
  return new PageWalk(body, measures).run(root);
}

class PageWalk {
  private readonly blocks: WalkedBlock[] = [];
  private readonly paragraph = new ParagraphText();
  private readonly stack: Step[] = [];
  /** How many links the walk is inside. */
  private links = 0;
  private bodyStart = 0;
  private bodyEnd = -1;

  constructor(
    private readonly body: HtmlParent,
    private readonly measures: Measures,
  ) {}

  run(root: HtmlParent): WalkedPage {
    this.pushChildren(root);
    while (this.stack.length > 0 && this.bodyEnd < 0) {
      const step = this.stack.pop()!;
      if ('leave' in step) this.leave(step.leave);
      else this.enter(step.node);
    }
    this.endParagraph();
    return { blocks: this.blocks, bodyStart: this.bodyStart, bodyEnd: this.bodyEnd < 0 ? this.blocks.length : this.bodyEnd };
  }

  private enter(node: HtmlNode): void {
    if (!isElement(node)) {
      this.paragraph.add(node, this.links > 0);
      return;
    }
    const opensBlock = node === this.body || isBlock(node);
    if (opensBlock) this.endParagraph();
    if (node === this.body) this.bodyStart = this.blocks.length;
    if (this.measures.get(node)?.dataTable) {
      for (const caption of captionsOf(node)) this.blocks.push({ kind: 'paragraph', text: caption, linkShare: 0 });
      this.blocks.push({ kind: 'table', rows: readTable(node) });
      if (node === this.body) this.bodyEnd = this.blocks.length;
      return;
    }
    if (node.link) this.links++;
    if (opensBlock || node.link) this.stack.push({ leave: node });
    this.pushChildren(node);
  }

  private leave(element: HtmlElement): void {
    if (element === this.body || isBlock(element)) this.endParagraph();
    if (element.link) this.links--;
    if (element === this.body) this.bodyEnd = this.blocks.length;
  }

  private endParagraph(): void {
    const taken = this.paragraph.take();
    if (taken) this.blocks.push(taken);
  }

  private pushChildren(node: HtmlParent): void {
    for (let i = node.children.length - 1; i >= 0; i--) this.stack.push({ node: node.children[i] });
  }
}
