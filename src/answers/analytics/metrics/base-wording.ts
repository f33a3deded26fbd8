/**
 * The Chinese label and unit of each base metric, composed from the template's own wording
 * (src/reading/template/wording.ts) so that a dashboard column reads like the printed table.
 */
import { applicationRowLabel, type ApplicationRowPath } from '../../../reading/template/cell-labels';
import type {
  ApplicantColumn,
  CaseColumn,
  CaseGroup,
  ChannelKey,
  DisclosureColumnKey,
  DisclosureItemKey,
  ResponseKey,
  TemplateVersion,
} from '../../../reading/template/report-data';
import {
  APPLICANT_COLUMN_TITLES,
  CASE_COLUMN_TITLES,
  CASE_GROUP_TITLES,
  CHANNEL_WORDING,
  LITIGATION_HEADING,
  RESPONSE_WORDING,
  disclosureColumnTitle,
  disclosureItemTitle,
} from '../../../reading/template/wording';

export interface CellWording {
  label: string;
  unit: string;
}

/** Row and column joined the way the template reads them: `行政许可·处理决定数量`. */
const joined = (row: string, column: string): string => `${row}·${column}`;

/** Table 2 counts documents (件) or items (项); 采购总金额 is in yuan, the 2021 收费金额 in 万元. */
function disclosureUnit(column: DisclosureColumnKey, template: TemplateVersion): string {
  switch (column) {
    case 'made':
    case 'published':
    case 'total':
    case 'repealed':
    case 'valid':
    case 'decisions':
      return '件';
    case 'previous':
    case 'change':
    case 'count':
      return '项';
    case 'amount':
      return template === '2021' ? '万元' : '元';
    default: {
      const unknown: never = column;
      throw new Error(`unknown disclosure column ${String(unknown)}`);
    }
  }
}

export function disclosureWording(item: DisclosureItemKey, column: DisclosureColumnKey, template: TemplateVersion): CellWording {
  return {
    label: joined(disclosureItemTitle(item, template), disclosureColumnTitle(column, template)),
    unit: disclosureUnit(column, template),
  };
}

export function applicationWording(row: ApplicationRowPath, column: ApplicantColumn): CellWording {
  return { label: joined(applicationRowLabel(row), APPLICANT_COLUMN_TITLES[column]), unit: '件' };
}

/** Both kinds of litigation are printed under 行政诉讼; alone their titles would be ambiguous. */
function caseGroupWords(group: CaseGroup): string {
  switch (group) {
    case 'review':
      return CASE_GROUP_TITLES.review;
    case 'litigationDirect':
    case 'litigationAfterReview':
      return `${LITIGATION_HEADING}（${CASE_GROUP_TITLES[group]}）`;
    default: {
      const unknown: never = group;
      throw new Error(`unknown case group ${String(unknown)}`);
    }
  }
}

export function caseWording(group: CaseGroup, column: CaseColumn): CellWording {
  return { label: joined(caseGroupWords(group), CASE_COLUMN_TITLES[column]), unit: '件' };
}

export function channelWording(key: ChannelKey): CellWording {
  return { label: CHANNEL_WORDING[key].name, unit: CHANNEL_WORDING[key].unit };
}

export function responseWording(key: ResponseKey): CellWording {
  return { label: RESPONSE_WORDING[key].name, unit: RESPONSE_WORDING[key].unit };
}
