/**
 * The GraphQL explorer at /graphql: GraphiQL (autocompletion, the schema's descriptions as
 * docs, query history) over the hub itself. React and GraphiQL are the packages' browser builds,
 * loaded as classic scripts before this module runs; the token typed above it (kept as the
 * other pages keep it) goes into every request as its Authorization header.
 */
import { bindTokenInput, currentToken } from './lib/token.js';

/** The globals the browser builds define, as far as this page uses them. */
declare const React: { createElement(type: unknown, props: Record<string, unknown>): unknown };
declare const ReactDOM: { createRoot(element: Element): { render(node: unknown): void } };
declare const GraphiQL: unknown;

const FIRST_QUERY = `# 政府信息公开工作年度报告数据中心的 GraphQL 接口。
# Ctrl+Enter 运行；Ctrl+Space 补全；左侧「文档」按钮查看每个字段的说明。
# 评审、令牌、审计等需要在上方填入令牌。下面是余姚市各乡镇的政务微信数量排名：

query WechatByTownship {
  channelComparison(year: 2019, regionCode: "330281", orderBy: WECHAT) {
    township { code name }
    rank
    wechat
  }
}
`;

async function fetcher(params: unknown, options?: { headers?: Record<string, string> }): Promise<unknown> {
  const token = currentToken();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options?.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(params),
  });
  return response.json();
}

bindTokenInput(document.querySelector<HTMLInputElement>('#token')!);
ReactDOM.createRoot(document.querySelector('#graphiql')!).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: FIRST_QUERY, defaultEditorToolsVisibility: false }),
);
