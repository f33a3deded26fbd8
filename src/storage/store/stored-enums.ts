/** The report tables' varchar columns that hold one of ReportData's fixed words, each read through its check. */
import { storedEnum } from '../../core/stored-enum';
import { CASE_GROUPS, COUNT_SOURCES, SEVERITIES, TEMPLATE_VERSIONS } from '../../reading/template/report-data';

export const storedTemplate = storedEnum('report_versions.template', TEMPLATE_VERSIONS);
export const storedSeverity = storedEnum('report_issues.severity', SEVERITIES);
export const storedCountSource = storedEnum('publication_counts.source', COUNT_SOURCES);
export const storedCaseGroup = storedEnum('case_outcomes.case_group', CASE_GROUPS);
