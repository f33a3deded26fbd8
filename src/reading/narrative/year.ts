/** The year a report covers: its title's, else the statistics period's (数据统计时限为2022年1月1日至…). */
import { titleYear } from './title';

const STATISTICS_PERIOD = /统计(?:时限|期限|时间|期)[^。]*?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/;

export function reportYear(title: string | undefined, paragraphs: string[]): number | null {
  const fromTitle = title === undefined ? null : titleYear(title);
  return fromTitle ?? statisticsYear(paragraphs);
}

function statisticsYear(paragraphs: string[]): number | null {
  for (const paragraph of paragraphs) {
    const match = STATISTICS_PERIOD.exec(paragraph);
    if (match) return Number(match[1]);
  }
  return null;
}
