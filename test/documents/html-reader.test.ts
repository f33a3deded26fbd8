import type { Block } from '../../src/reading/documents/blocks';
import { readHtmlDocument } from '../../src/reading/documents/html-reader';
import { HubError } from '../../src/core/errors';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const table = (...rows: string[][]): Block => ({ kind: 'table', rows });

/** A page as government sites build them, with `content` in its content box. */
function page(
  content: string,
  header = '<h1 class="title">某镇2019年政府信息公开工作年度报告</h1><div class="info">发布日期：2020-01-20</div>',
): string {
  return `<!DOCTYPE html><html><head><title>某镇</title><script>var a = "<p>not text</p>";</script><style>p { color: red }</style></head>
  <body><div class="top"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hd">互动交流</a></li></ul></div>
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/nb">年度报告</a></div>
  <div class="main"><div class="article">${header}
  <div class="share"><a href="#wx">微信</a> <a href="#wb">微博</a></div>
  <div class="content">${content}</div>
  <div class="xglj">相关链接：<ul><li><a href="/1">某镇2018年政府信息公开工作年度报告</a></li><li><a href="/2">某镇2017年政府信息公开工作年度报告</a></li></ul></div></div></div>
  <div class="footer"><p>主办：某某市人民政府办公室\u3000地址：某某路1号\u3000电话：0574-12345678\u3000网站标识码：3302810001</p><p>版权所有 浙ICP备05003211号</p></div>
  <script>document.write("<div>广告</div>")</script></body></html>`;
}

const REPORT_CONTENT = `<p>一、总体情况</p><p>2019年，我镇认真贯彻《条例》。全年主动公开政府信息130条，做到应公开尽公开，继续做好依申请公开工作。</p>
<p>二、主动公开政府信息情况</p>
<table border="1"><tbody>
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年新<br />制作数量</td><td>本年新<br>公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规章</td><td>0</td><td><p>&nbsp;</p></td><td>&nbsp;</td></tr>
</tbody></table><p>某镇人民政府</p><p>2020年1月20日</p>`;

describe('readHtmlDocument', () => {
  it('reads a fragment whole: paragraphs and tables in reading order, <br> a line break, &nbsp; blank', () => {
    expect(readHtmlDocument(REPORT_CONTENT)).toEqual([
      p('一、总体情况'),
      p('2019年，我镇认真贯彻《条例》。全年主动公开政府信息130条，做到应公开尽公开，继续做好依申请公开工作。'),
      p('二、主动公开政府信息情况'),
      table(['第二十条第（一）项'], ['信息内容', '本年新\n制作数量', '本年新\n公开数量', '对外公开总数量'], ['规章', '0', '', '']),
      p('某镇人民政府'),
      p('2020年1月20日'),
    ]);
  });

  it('finds the report in a page: the title above the content box, no navigation, share buttons, related links, footer or scripts', () => {
    expect(readHtmlDocument(page(REPORT_CONTENT))).toEqual([
      p('某镇2019年政府信息公开工作年度报告'),
      p('发布日期：2020-01-20'),
      ...readHtmlDocument(REPORT_CONTENT),
    ]);
  });

  it('expands rowspan and colspan as the text form writes merged cells', () => {
    const html = `<table>
      <tr><td rowspan="3" colspan="3">说明</td><td colspan="7">申请人情况</td></tr>
      <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
      <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
      <tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>1</td></tr>
      <tr><td colspan="2">（七）总计</td><td>1</td></tr></table>`;
    expect(readHtmlDocument(html)).toEqual([
      table(
        ['说明', '申请人情况'],
        ['', '自然人', '法人或其他组织', '总计'],
        ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
        ['三、本年度办理结果', '（一）予以公开', '1'],
        ['', '（七）总计', '1'],
      ),
    ]);
  });

  it('reads layout tables (a table round the page, a one-cell frame) as boxes, the tables inside as tables', () => {
    const html = `<table width="100%"><tr><td class="left"><a href="/">首页</a></td><td class="body">
      <table><tr><td><p>一、总体情况</p><p>概述。</p></td></tr></table>
      <table><tr><td>规章</td><td>1</td></tr></table></td></tr></table>`;
    expect(readHtmlDocument(html)).toEqual([p('一、总体情况'), p('概述。'), table(['规章', '1'])]);
  });

  it('keeps <a name> anchors (Word puts them round headings) and prose with a link in it, drops lines of links', () => {
    const html = `<p><a name="_Toc1">一、总体情况</a></p><p>详见<a href="http://www.yy.gov.cn">余姚市政府网站</a>政府信息公开专栏，全年公开信息130条。</p><p><a href="/a.doc">附件1.doc</a></p>`;
    expect(readHtmlDocument(html)).toEqual([p('一、总体情况'), p('详见余姚市政府网站政府信息公开专栏，全年公开信息130条。')]);
  });

  it('reads a table caption as the heading before the table', () => {
    const html = '<table><caption>表三 收到和处理政府信息公开申请情况</caption><tr><td>规章</td><td>1</td></tr></table>';
    expect(readHtmlDocument(html)).toEqual([p('表三 收到和处理政府信息公开申请情况'), table(['规章', '1'])]);
  });

  it('leaves hidden parts, forms and scripts out', () => {
    const html = `<p>一、总体情况</p><div style="display: none">隐藏</div><p hidden>也隐藏</p><select><option>选项</option></select><script>x("<p>")</script><p>正文</p>`;
    expect(readHtmlDocument(html)).toEqual([p('一、总体情况'), p('正文')]);
  });

  it('leaves out everything inside a hidden or unseen element, its tables too', () => {
    const html = `<p>一、总体情况</p><div hidden><p>藏</p><table><tr><td>规章</td><td>1</td></tr></table></div>
      <nav><table><tr><td>首页</td><td>政务公开</td></tr></table></nav><head><p>头</p></head><p>正文</p>`;
    expect(readHtmlDocument(html)).toEqual([p('一、总体情况'), p('正文')]);
  });

  it('takes the first of duplicate attributes, as the parser does', () => {
    const html = `<p style="color: red" style="display: none">看得见</p><p style="display: none" style="">看不见</p>
      <table><tr><td rowspan="2" rowspan="1">说明</td><td>1</td></tr><tr><td>2</td></tr></table>`;
    expect(readHtmlDocument(html)).toEqual([p('看得见'), table(['说明', '1'], ['', '2'])]);
  });

  it('reads text split by entities and comments as one run', () => {
    expect(readHtmlDocument('<p>本年&nbsp;新<!-- x -->增&lt;1&gt;</p>')).toEqual([p('本年 新增<1>')]);
  });

  describe('hostile input: bounded work, a clear error', () => {
    /** The hub's typed error, if reading refuses; no test here asserts a time (the machine is shared). */
    function attempt(run: () => unknown): { error?: HubError } {
      try {
        run();
        return {};
      } catch (error) {
        if (!(error instanceof HubError)) throw error;
        return { error };
      }
    }

    it.each([
      ['100,000 nested <div>', '<div>'.repeat(100000) + 'x' + '</div>'.repeat(100000)],
      ['100,000 unclosed <span>', '<span>'.repeat(100000) + 'x'],
      ['nested tables', '<table><tr><td>'.repeat(40000) + 'x'],
      ['<div> after stray end tags', '<div></b>'.repeat(100000)],
    ])('%s: refused as the parser reaches the limit', (_, html) => {
      const { error } = attempt(() => readHtmlDocument(html));
      expect(error?.code).toBe('CORRUPT_DOCUMENT');
      expect(error?.message).toMatch(/嵌套超过 \d+ 层/);
    });

    it('reads a page nested right up to the limit, a <br> at the deepest level too', () => {
      const html = '<div>'.repeat(500) + '一、总体情况<br>概述。' + '</div>'.repeat(500);
      expect(readHtmlDocument(html)).toEqual([p('一、总体情况'), p('概述。')]);
    });

    // htmlparser2 keeps a "foreign context" for each of these until its own end tag, even once its parent closed it.
    it.each([
      ['100,000 <mi> closed by their parent <div>', '<div><mi></div>'.repeat(100000)],
      ['100,000 <desc> closed by their parent <p>', '<p><desc></p>'.repeat(100000)],
      ['100,000 self-closed <svg/> inside an <svg>', '<svg>' + '<svg/>'.repeat(100000)],
    ])('%s: refused, not parsed in quadratic time', (_, html) => {
      const { error } = attempt(() => readHtmlDocument(html));
      expect(error?.code).toBe('CORRUPT_DOCUMENT');
      expect(error?.message).toMatch(/超过 \d+ 个未闭合的/);
    });

    it.each([
      ['100,000 unclosed <p>', '<p>x'.repeat(100000)],
      ['a row of 100,000 cells', '<table><tr>' + '<td>1'.repeat(100000)],
      ['absurd spans', '<table>' + '<tr><td colspan="100000" rowspan="0">a</td><td>1</td></tr>'.repeat(5000) + '</table>'],
    ])('%s: read without an error', (_, html) => {
      const { error } = attempt(() => readHtmlDocument(html));
      expect(error).toBeUndefined();
    });
  });
});
