import type { ReportData } from '../../src/reading/template/report-data';

/** The parts of a ReportData that a report's tables carry, for comparing a round trip. */
export function reportTables(data: ReportData) {
  const { activeDisclosure, applications, review, litigationDirect, litigationAfterReview, channels, responses } = data;
  return { activeDisclosure, applications, review, litigationDirect, litigationAfterReview, channels, responses };
}
