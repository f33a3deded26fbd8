/**
 * Counts the prose states, kept with their sentence: 通过政府网站公开政府信息130条 is the
 * website channel's count, 全区收到政府信息公开申请75件 the applications received. Every
 * number with a counting unit (件, 条 …) is a candidate; it is read only when the words
 * directly before it (and, for a few phrasings, after it) name what it counts. Dates,
 * document numbers (〔2021〕30号), phone numbers, percentages and money carry no counting
 * unit, and a number after 第 is an ordinal, so none of them is ever a candidate.
 */
import type { NarrativeCount } from '../template/report-data';
import { chineseNumber } from './chinese-numerals';

/** A candidate: the number, its unit, and the sentence around it. */
interface Mention {
  value: number;
  unit: string;
  /** The sentence up to the number. */
  lead: string;
  /** The sentence after the unit. */
  tail: string;
}

const MENTION =
  /(?<![\d.,第〔])(\d{1,3}(?:,\d{3})+(?!\d)|\d+|(?<![零一二两三四五六七八九十百千万第])[零一二两三四五六七八九十]{1,3})\s*(件|条|起|宗|个|份)/g;

function countValue(written: string): number {
  return /\d/.test(written) ? Number(written.replace(/,/g, '')) : chineseNumber(written.replace('两', '二'));
}

function* mentions(sentence: string): Generator<Mention> {
  for (const match of sentence.matchAll(MENTION)) {
    yield {
      value: countValue(match[1]),
      unit: match[2],
      lead: sentence.slice(0, match.index).trimEnd(),
      tail: sentence.slice(match.index + match[0].length),
    };
  }
}

/** What a count is of: where the words before it match `lead` and the unit is one of `units`. */
interface CountKind {
  units: string;
  lead: RegExp;
  /** For counts named after the number: 另有72件申请…顺延到下年度答复. */
  tail?: RegExp;
  key: (lead: RegExpExecArray, sentence: string) => string;
}

/** Words allowed between what is counted and the number: 共计, 合计, 数量为 … */
const BEFORE_NUMBER = '(?:数量|数)?(?:共计|共|合计|总计|累计|为|达)?$';
/** Within one clause: no sentence or clause punctuation. */
const CLAUSE = '[^。；;，,]';

function ending(pattern: string): RegExp {
  return new RegExp(pattern + BEFORE_NUMBER);
}

function always(key: string): () => string {
  return () => key;
}

// ---- Channels (the platform table) ---------------------------------------------------------

const INFO = '(?:了)?(?:各类)?(?:政府)?信息';
/** Channel words: a clause naming one counts that channel, not all active disclosure. */
const CHANNEL = '(?:网站|微博|微信|公众号|公报|客户端|新媒体)';

/** Tight patterns, so that 在政府网站上发布招投标信息3条 is not read as the website's count. */
const CHANNEL_KINDS: readonly CountKind[] = [
  {
    units: '条',
    lead: ending(
      `(?:^|[，,:：；;])(?:(?!${CHANNEL})${CLAUSE})*?(?:主动公开|发布各类|(?:全年|本年度?|年内)(?:共|累计)?公开(?:公文类)?)${INFO}`,
    ),
    key: always('channels.totalActive'),
  },
  // 我局共在…门户网站公开政府信息267条, 在门户网站公开政府信息共计128条: all the body published, a total.
  {
    units: '条',
    lead: new RegExp(
      `(?:(?:共|累计)在${CLAUSE}{0,40}?网站${CLAUSE}{0,10}?(?:公开|发布)${INFO}|网站${CLAUSE}{0,10}?(?:公开|发布)${INFO}(?:共计|累计|合计))$`,
    ),
    key: always('channels.totalActive'),
  },
  { units: '条', lead: ending(`网站${CLAUSE}{0,20}?(?:公开|发布)${INFO}`), key: always('channels.website') },
  // 微博、微信发布信息N条 is the two together, neither one's count.
  {
    units: '条',
    lead: ending(`(?<!微博[、和及与])微信${CLAUSE}{0,30}?(?:公开|发布|推送)${INFO}`),
    key: always('channels.wechat'),
  },
  { units: '条', lead: ending(`微博(?![、和及与]微信)${CLAUSE}{0,30}?(?:公开|发布)${INFO}`), key: always('channels.weibo') },
];

// ---- Table 3: applications -----------------------------------------------------------------

/** Applications and cases are counted in 件 (now and then 宗 or 起). */
const APPLICATION_UNITS = '件宗';
const APPLICATION = '(?:各类)?(?:(?:政府)?信息公开申请|依申请公开(?:政府信息)?(?:申请|事项)?|申请)';
const RECEIVED = '(收到|受理|接收|接到|新收)(?:到)?(?:了)?';
/** What stands between a received count and its applicant breakdown: no outcome words. */
const NOT_AN_OUTCOME = '(?:(?!予以公开|部分公开|不予|无法提供|其他处理|办结|答复|办理|结转)[^。])*?';

const APPLICANT_WORDS: Record<string, string> = {
  自然人: 'natural',
  商业企业: 'commercial',
  科研机构: 'research',
  社会公益组织: 'publicInterest',
  法律服务机构: 'legal',
  // 法人或其他组织 is the five columns after 自然人 together.
  法人或其他组织: 'organizations',
  法人和其他组织: 'organizations',
};

/**
 * Only 新收 says "new this year": a plain 收到/受理…申请N件 counts carried-over applications in
 * as often as not (平潭 2022: 收到75件 = 74 new + 1 carried over; 沭阳 2025: 受理749件 = 713 + 36),
 * and so does a 新收 sentence that mentions 结转. Such a count is `received`: new, or new and
 * carried over together.
 */
function receivedRow(verb: string, sentence: string): string {
  return verb === '新收' && !sentence.includes('结转') ? 'newReceived' : 'received';
}

/** The outcome rows a sentence names by their template words, 予以公开及部分公开 first. */
const OUTCOME_WORDS: readonly (readonly [string, string])[] = [
  ['grantedOrPartial', '予以公开(?:及|和|与|、|或)部分公开'],
  ['granted', '予以公开'],
  ['partiallyGranted', '部分公开'],
  ['denied', '不予公开'],
  ['unavailable', '无法提供'],
  ['notProcessed', '不予处理'],
  ['otherHandling', '其他处理'],
];

const APPLICATION_KINDS: readonly CountKind[] = [
  {
    units: APPLICATION_UNITS,
    lead: /(?:^|[，,；;（(、])(?:另有|尚有|还有|其余|剩余)?$/,
    tail: /^(?:政府信息公开)?申请[^，,；;。）)]*?(?:结转|顺延|转入)(?:至|到)?下(?:一)?年/,
    key: always('applications.carriedForward.total'),
  },
  {
    units: APPLICATION_UNITS,
    lead: ending('(?:结转|顺延|转入)(?:至|到)?下(?:一)?(?:个)?年(?:度)?(?:继续)?(?:办理|答复)?(?:的)?(?:申请)?'),
    key: always('applications.carriedForward.total'),
  },
  { units: APPLICATION_UNITS, lead: ending(`上(?:一)?年(?:度)?结转(?:的)?${APPLICATION}?`), key: always('applications.carriedOver.total') },
  {
    units: APPLICATION_UNITS,
    lead: ending(`(?:办结|答复|办理完毕|办理|处理)(?:了)?${APPLICATION}`),
    key: always('applications.totalProcessed.total'),
  },
  // 受理申请749件……；共办理718件: the verb alone, in a sentence about applications.
  {
    units: APPLICATION_UNITS,
    lead: ending('申请[^。]*?[，,；;]\\s*(?:全年)?(?:共|共计|累计)?(?:办结|答复|办理(?:完毕|完成)?)(?:了)?'),
    key: always('applications.totalProcessed.total'),
  },
  {
    units: APPLICATION_UNITS,
    lead: ending(`${RECEIVED}${APPLICATION}`),
    key: (lead, sentence) => `applications.${receivedRow(lead[1], sentence)}.total`,
  },
  {
    units: APPLICATION_UNITS,
    lead: ending(
      `${RECEIVED}${APPLICATION}${NOT_AN_OUTCOME}(?:其中|涉及)?(${Object.keys(APPLICANT_WORDS).join('|')})(?:提出)?(?:的)?(?:申请)?`,
    ),
    key: (lead, sentence) => `applications.${receivedRow(lead[1], sentence)}.${APPLICANT_WORDS[lead[2]]}`,
  },
  ...OUTCOME_WORDS.map(([row, words]): CountKind => ({
    units: APPLICATION_UNITS,
    lead: ending(`${words}(?:的)?(?:申请)?`),
    key: always(`applications.${row}.total`),
  })),
];

// ---- Table 2: active disclosure ------------------------------------------------------------

const DOCUMENT = '(?:行政规范性文件|规范性文件|规章)';

/**
 * 制发规范性文件88件, 现行有效行政规范性文件698件, and a list continued after the verb:
 * 主动公开规章13件，行政规范性文件60件.
 */
function documentKind(verb: string, column: string): CountKind {
  return {
    units: '件个份',
    lead: ending(`${verb}(?:了)?(?:的)?(?:${DOCUMENT}\\s*\\d+\\s*件[，,、])?(${DOCUMENT})`),
    key: (lead) => `activeDisclosure.${lead[1] === '规章' ? 'regulations' : 'normativeDocuments'}.${column}`,
  };
}

const DECISION_ITEMS: Record<string, string> = { 许可: 'licensing', 处罚: 'punishment', 强制: 'coercion' };

const DISCLOSURE_KINDS: readonly CountKind[] = [
  documentKind('现行有效', 'valid'),
  documentKind('废止', 'repealed'),
  documentKind('(?:制发|印发|出台|制定)', 'made'),
  documentKind('公开', 'published'),
  {
    units: '件个起宗',
    lead: ending('行政(许可|处罚|强制)(?:处理)?决定(?:书)?'),
    key: (lead) => `activeDisclosure.${DECISION_ITEMS[lead[1]]}.decisions`,
  },
];

// ---- Table 4: review and litigation --------------------------------------------------------

const CASE_UNITS = '件起';

const CASE_KINDS: readonly CountKind[] = [
  // 行政复议、行政诉讼案件的应诉工作，共办理相关案件74件: both together. No digit in between,
  // or 行政复议2件、行政诉讼1件 would read as one count.
  {
    units: CASE_UNITS,
    lead: ending('行政复议[^。\\d]{0,6}?(?:和|及|与|、)(?:提起)?行政诉讼(?:[^。\\d]*?案件)?'),
    key: always('cases.total'),
  },
  { units: CASE_UNITS, lead: ending('(?:行政)?复议(?:案件|申请)?'), key: always('review.total') },
  // 诉讼 without its kind: 未经复议直接起诉 and 复议后起诉 together.
  { units: CASE_UNITS, lead: ending('(?:行政)?诉讼(?:案件)?'), key: always('litigation.total') },
];

/** In order: the first kind that matches names the count. */
const COUNT_KINDS: readonly CountKind[] = [...CHANNEL_KINDS, ...APPLICATION_KINDS, ...DISCLOSURE_KINDS, ...CASE_KINDS];

function keyOf(mention: Mention, sentence: string): string | undefined {
  for (const kind of COUNT_KINDS) {
    if (!kind.units.includes(mention.unit)) continue;
    const lead = kind.lead.exec(mention.lead);
    if (lead && (!kind.tail || kind.tail.test(mention.tail))) return kind.key(lead, sentence);
  }
  return undefined;
}

/** The first count of each key, in reading order. */
export function readNarrativeCounts(paragraphs: string[]): NarrativeCount[] {
  const counts: NarrativeCount[] = [];
  for (const sentence of sentences(paragraphs)) {
    for (const mention of mentions(sentence)) {
      const key = keyOf(mention, sentence);
      if (key && !counts.some((count) => count.key === key)) counts.push({ key, value: mention.value, sentence });
    }
  }
  return counts;
}

/** Sentences end at 。！？; a ； only ends a clause (受理749件……；共办理718件 is one statement). */
function sentences(paragraphs: string[]): string[] {
  return paragraphs
    .flatMap((paragraph) => paragraph.split(/[。！？!?]/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}
