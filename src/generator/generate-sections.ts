/**
 * The prose sections (overview, problems, other) for one township-year, assembled from the
 * phrase lists, and the channel counts the overview states (narrativeCounts).
 */
import type { NarrativeCount, SectionKey } from '../reading/template/report-data';
import {
  APPLICATIONS_NONE,
  APPLICATIONS_SOME,
  IMPROVEMENT_OPENINGS,
  IMPROVEMENTS,
  OTHER_MATTERS,
  OVERVIEW_OPENINGS,
  OVERVIEW_WORK_ITEMS,
  PROBLEM_OPENINGS,
  PROBLEMS,
} from './phrases';
import type { Random } from './random';
import { CHINESE_NUMERALS } from './template-text';

export interface SectionContext {
  organization: string;
  year: number;
  /** The channel table's 政府网站 and 政务微信 counts, which the overview repeats. */
  website: number;
  wechat: number;
  receivedApplications: number;
}

export interface GeneratedSections {
  sections: Record<SectionKey, string>;
  narrativeCounts: NarrativeCount[];
}

/** How the township refers to itself in its own report. */
export function selfReference(organization: string): string {
  if (organization.includes('街道')) return '我街道';
  if (organization.includes('乡')) return '我乡';
  if (organization.includes('镇')) return '我镇';
  return '我单位';
}

function fill(phrase: string, context: SectionContext): string {
  return phrase
    .replaceAll('{we}', selfReference(context.organization))
    .replaceAll('{year}', String(context.year))
    .replaceAll('{next}', String(context.year + 1));
}

/** 一是…；二是…；三是… */
function enumerate(items: readonly string[]): string {
  return items.map((item, i) => `${CHINESE_NUMERALS[i]}是${item}`).join('；');
}

/** The one sentence of the prose that states counts; the parser reads it as narrative evidence. */
function channelSentence(rng: Random, website: number, wechat: number): string {
  return rng.pick([
    `全年通过政府网站公开政府信息${website}条，通过政务微信公众号发布信息${wechat}条。`,
    `通过政府网站公开政府信息${website}条，运用官方微信公众号发布信息${wechat}条，方便群众及时获取政府信息。`,
  ]);
}

function overview(rng: Random, context: SectionContext, channelText: string): string {
  const items = rng.sample(OVERVIEW_WORK_ITEMS, rng.int(2, 4));
  const applications = context.receivedApplications === 0 ? APPLICATIONS_NONE : APPLICATIONS_SOME;
  return [
    fill(rng.pick(OVERVIEW_OPENINGS), context),
    ...items.map((item, i) => `（${CHINESE_NUMERALS[i]}）${item}`),
    channelText,
    fill(rng.pick(applications), context),
  ].join('\n');
}

function problems(rng: Random, context: SectionContext): string {
  const found = rng.sample(PROBLEMS, rng.int(2, 3));
  const fixes = rng.sample(IMPROVEMENTS, rng.int(2, 4));
  return [
    `${fill(rng.pick(PROBLEM_OPENINGS), context)}主要表现在：${enumerate(found)}。`,
    `${fill(rng.pick(IMPROVEMENT_OPENINGS), context)}：${enumerate(fixes)}。`,
  ].join('\n');
}

export function generateSections(rng: Random, context: SectionContext): GeneratedSections {
  const { website, wechat } = context;
  const sentence = channelSentence(rng, website, wechat);
  return {
    sections: {
      overview: overview(rng, context, sentence),
      problems: problems(rng, context),
      other: fill(rng.pick(OTHER_MATTERS), context),
    },
    narrativeCounts: [
      { key: 'channels.website', value: website, sentence },
      { key: 'channels.wechat', value: wechat, sentence },
    ],
  };
}
