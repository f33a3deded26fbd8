/**
 * Channel and response counts: the platform table's value where the table states one, else
 * the narrative's, each with where it was read (countSources). The narrative does not
 * overrule the table; src/checks compares the two.
 */
import type { CountPath } from './labels';
import type { TableCount } from './report-builder';
import { CHANNEL_KEYS, RESPONSE_KEYS, type Cell, type CountEvidence, type NarrativeCount, type ReportData } from './report-data';

type Counts = Pick<ReportData, 'channels' | 'responses' | 'countSources'>;

const COUNT_PATHS: readonly CountPath[] = [
  ...CHANNEL_KEYS.map((key) => `channels.${key}` as const),
  ...RESPONSE_KEYS.map((key) => `responses.${key}` as const),
];

export function mergeCounts(table: Map<CountPath, TableCount>, narrative: NarrativeCount[], notApplicable: string[]): Counts {
  const merged: Counts = {};
  for (const path of COUNT_PATHS) {
    const chosen = choose(path, table.get(path), narrative, notApplicable);
    if (chosen) put(merged, path, chosen.value, chosen.evidence);
  }
  return merged;
}

function choose(
  path: CountPath,
  fromTable: TableCount | undefined,
  narrative: NarrativeCount[],
  notApplicable: string[],
): { value: Cell; evidence: CountEvidence } | undefined {
  const stated = narrative.find((count) => count.key === path);
  // A table row left blank yields to the prose; one marked —— says the count does not apply, and
  // one holding text (见附件) is the report's own answer, which no number from the prose replaces.
  if (fromTable && (fromTable.value !== null || !stated || fromTable.writtenAsText || notApplicable.includes(path))) {
    return { value: fromTable.value, evidence: { source: 'table', text: fromTable.label } };
  }
  return stated && { value: stated.value, evidence: { source: 'narrative', text: stated.sentence } };
}

function put(counts: Counts, path: CountPath, value: Cell, evidence: CountEvidence): void {
  const [group, key] = path.split('.') as ['channels' | 'responses', string];
  const target = (counts[group] ??= {}) as Record<string, Cell>;
  target[key] = value;
  (counts.countSources ??= {})[path] = evidence;
}
