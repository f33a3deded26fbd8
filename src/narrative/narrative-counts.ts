/**
 * Counts the prose states, kept with their sentence: 通过政府网站公开政府信息130条 is the
 * website channel's count. Patterns are tight (the count must follow the words directly) so
 * that 在政府网站上发布招投标信息3条 is not read as the website's count.
 */
import type { NarrativeCount } from '../template/report-data';

const NUMBER = '(\\d{1,3}(?:,\\d{3})+|\\d+)';
const INFO = `(?:了)?(?:各类)?(?:政府)?信息(?:共计|共)?${NUMBER}条`;
/** Within one clause: no sentence or clause punctuation between the channel and its count. */
const CLAUSE = '[^。；;，,]';

/** Channel words: a clause naming one counts that channel, not all active disclosure. */
const CHANNEL = '(?:网站|微博|微信|公众号|公报|客户端|新媒体)';

const COUNT_PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['channels.totalActive', new RegExp(`(?:^|[，,:：])(?:(?!${CHANNEL})${CLAUSE})*?(?:主动公开|发布各类)${INFO}`)],
  ['channels.website', new RegExp(`网站${CLAUSE}{0,20}?(?:公开|发布)${INFO}`)],
  // 微博、微信发布信息N条 is the two together, neither one's count.
  ['channels.wechat', new RegExp(`(?<!微博[、和及与])微信${CLAUSE}{0,30}?(?:公开|发布|推送)${INFO}`)],
  ['channels.weibo', new RegExp(`微博(?![、和及与]微信)${CLAUSE}{0,30}?(?:公开|发布)${INFO}`)],
  // Only 新收 says "new this year": a plain 收到/受理…申请N件 counts carried-over applications in
  // as often as not (平潭 2022: 收到75件 = 74 new + 1 carried over; 沭阳 2025: 受理749件 = 713 + 36).
  ['applications.newReceived.total', new RegExp(`^(?!.*结转).*?新收(?:到)?(?:了)?(?:政府)?信息公开申请(?:共计|共)?${NUMBER}件`)],
];

export function readNarrativeCounts(paragraphs: string[]): NarrativeCount[] {
  const counts: NarrativeCount[] = [];
  for (const sentence of sentences(paragraphs)) {
    for (const [key, pattern] of COUNT_PATTERNS) {
      const match = pattern.exec(sentence);
      if (!match || counts.some((count) => count.key === key)) continue;
      counts.push({ key, value: Number(match[1].replace(/,/g, '')), sentence });
    }
  }
  return counts;
}

function sentences(paragraphs: string[]): string[] {
  return paragraphs
    .flatMap((paragraph) => paragraph.split(/[。！？!?；;]/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}
