/**
 * The platform and channel table (公开平台建设和信息发布情况) for one township-year, with
 * the evidence that each count was read from that table.
 */
import {
  CHANNEL_KEYS,
  RESPONSE_KEYS,
  type Cell,
  type ChannelKey,
  type CountEvidence,
  type ResponseKey,
} from '../reading/template/report-data';
import type { Random } from './random';
import { CHANNEL_LABELS, RESPONSE_LABELS, type CountLabel } from './template-text';

/** The channels a township table states; 其他方式 is left out, as the fixture's table does. */
export interface ChannelCounts {
  totalActive: number;
  gazette: Cell;
  website: number;
  weibo: Cell;
  wechat: number;
}

export interface GeneratedChannels {
  channels: ChannelCounts;
  responses: Record<ResponseKey, Cell>;
  countSources: Record<string, CountEvidence>;
}

/** Many townships run no weibo account and almost none publish a gazette: those stay blank. */
const WEIBO_CHANCE = 0.4;
const GAZETTE_CHANCE = 0.05;

function generateChannelCounts(rng: Random): ChannelCounts {
  const gazette = rng.chance(GAZETTE_CHANCE) ? rng.int(1, 6) : null;
  const website = rng.int(50, 400);
  const weibo = rng.chance(WEIBO_CHANCE) ? rng.int(10, 200) : null;
  const wechat = rng.int(20, 300);
  const counts = [gazette, website, weibo, wechat].filter((n): n is number => n !== null);
  // The same item published on several channels counts once, so the total lies between the
  // busiest channel and the sum of all channels.
  const totalActive = rng.int(
    Math.max(...counts),
    counts.reduce((a, b) => a + b, 0),
  );
  return { totalActive, gazette, website, weibo, wechat };
}

function generateResponses(rng: Random): Record<ResponseKey, Cell> {
  const pressConferences = rng.skewedInt(0, 3);
  const interviews = rng.skewedInt(0, 2);
  return {
    hotTopics: rng.skewedInt(0, 60),
    pressConferences,
    pressConferencesByLeaders: rng.int(0, pressConferences),
    interviews,
    interviewsByLeaders: rng.int(0, interviews),
    interpretations: rng.skewedInt(0, 20),
    socialMediaResponses: rng.skewedInt(0, 100),
  };
}

/** Evidence for every count the table states (a blank cell states nothing). */
function tableSources<K extends string>(
  prefix: string,
  keys: readonly K[],
  values: Partial<Record<K, Cell>>,
  labels: Record<K, CountLabel>,
): Record<string, CountEvidence> {
  const sources: Record<string, CountEvidence> = {};
  for (const key of keys) {
    if (typeof values[key] === 'number') sources[`${prefix}.${key}`] = { source: 'table', text: labels[key].label };
  }
  return sources;
}

export function generateChannels(rng: Random): GeneratedChannels {
  const channels = generateChannelCounts(rng);
  const responses = generateResponses(rng);
  return {
    channels,
    responses,
    countSources: {
      ...tableSources<ChannelKey>('channels', CHANNEL_KEYS, channels, CHANNEL_LABELS),
      ...tableSources('responses', RESPONSE_KEYS, responses, RESPONSE_LABELS),
    },
  };
}
