/**
 * A guard kept while parsing. htmlparser2 keeps its open elements in an array that it
 * unshifts for every tag, so a page nested n deep costs n² (100,000 nested <div> take
 * seconds). It keeps a second such array, of "foreign contexts": one entry for each <svg>,
 * <math>, <title>, <desc>, <mi> … opened, removed only by an end tag of one of those names,
 * so `<div><mi></div>` repeated is as quadratic while nesting nothing. No real report page
 * nests more than a few dozen elements or leaves hundreds of those open; a page that does is
 * refused as soon as the parser reaches that point, before the arrays grow any further.
 */
import { HubError } from '../../core/errors';

const MAX_NESTING = 500;

/** Elements closed as they open (htmlparser2's voidElements): they nest nothing. */
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** The names htmlparser2 keeps a foreign context for (its foreignContextElements and htmlIntegrationElements). */
const FOREIGN_CONTEXT = new Set(['math', 'svg', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

export class NestingGuard {
  /** The foreign contexts the parser holds, at most: an end tag with no open element also removes one, unseen here. */
  private foreignContexts = 0;

  /** An element opens inside `depth` open elements, at character `offset`. */
  opened(name: string, depth: number, offset: number): void {
    if (depth >= MAX_NESTING && !VOID.has(name)) throw tooDeep(offset);
    if (FOREIGN_CONTEXT.has(name) && ++this.foreignContexts > MAX_NESTING) throw tooManyForeign(offset);
  }

  /** An element closes; only its own end tag (not an implied close) removes a foreign context. */
  closed(name: string, implied: boolean): void {
    if (!implied && this.foreignContexts > 0 && FOREIGN_CONTEXT.has(name)) this.foreignContexts--;
  }
}

function tooDeep(offset: number): HubError {
  return new HubError('CORRUPT_DOCUMENT', `HTML 文档的元素嵌套超过 ${MAX_NESTING} 层（在第 ${offset} 个字符处），不是可读取的报告网页`, {
    maxNesting: MAX_NESTING,
    offset,
  });
}

function tooManyForeign(offset: number): HubError {
  return new HubError(
    'CORRUPT_DOCUMENT',
    `HTML 文档中有超过 ${MAX_NESTING} 个未闭合的 <svg>、<math>、<title> 等元素（在第 ${offset} 个字符处），不是可读取的报告网页`,
    { maxNesting: MAX_NESTING, offset },
  );
}
