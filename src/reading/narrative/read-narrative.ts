/** Everything the hub reads from a report's prose, as opposed to its tables. */
import type { NarrativeCount, SectionKey } from '../template/report-data';
import { postedDate } from './dates';
import { gluedSignature, gluedTitleYear } from './glued-text';
import { readNarrativeCounts } from './narrative-counts';
import { readSections } from './sections';
import { bylineUnder, closingSignature } from './signature';
import { findTitle, titleOrganization } from './title';
import { reportYear } from './year';

export interface Narrative {
  /** The 政府信息公开…年度报告 title, if the document has one on a line of its own. */
  title?: string;
  /** Whether the document has a title at all, on its own line or run into the text around it. */
  titled: boolean;
  organization: string | null;
  year: number | null;
  publishedOn: string | null;
  sections: Partial<Record<SectionKey, string>>;
  counts: NarrativeCount[];
}

/** `paragraphs` in reading order, tables left out. */
export function readNarrative(paragraphs: string[]): Narrative {
  const titleAt = findTitle(paragraphs);
  const title = titleAt < 0 ? undefined : paragraphs[titleAt];
  const signature = closingSignature(paragraphs);
  const byline = title === undefined ? undefined : bylineUnder(paragraphs, titleAt);
  const body = paragraphs.slice(0, paragraphs.length - signature.paragraphs);
  // Text whose lines ran together has neither a title line nor signature lines: they are found inside it.
  const glued = title === undefined ? gluedSignature(paragraphs) : null;
  const gluedYear = title === undefined ? gluedTitleYear(paragraphs) : null;
  return {
    title,
    titled: title !== undefined || gluedYear !== null,
    // The signature names the body as it signs; titles often abbreviate or share 政府.
    organization:
      signature.organization ??
      byline?.organization ??
      (title === undefined ? null : titleOrganization(title)) ??
      glued?.organization ??
      null,
    year: reportYear(title, paragraphs) ?? gluedYear,
    // When the page says when it was published, that is the publication; the signature dates the writing.
    publishedOn: postedDate(paragraphs) ?? signature.publishedOn ?? byline?.publishedOn ?? glued?.publishedOn ?? null,
    sections: readSections(body),
    counts: readNarrativeCounts(body),
  };
}
