import { HubError } from '../../core/errors';

/** Endings a township name carries that a report's organization may drop or extend (丈亭镇 → 丈亭镇人民政府). */
const TOWNSHIP_ENDINGS = /(民族乡|街道|镇|乡)$/;

/** The distinctive part of a township name: 丈亭镇 → 丈亭, 梨洲街道 → 梨洲; kept whole when too short to be distinctive. */
export function townshipStem(name: string): string {
  const stem = name.replace(TOWNSHIP_ENDINGS, '');
  return stem.length >= 2 ? stem : name;
}

/**
 * Spaces and brackets dropped: names such as 天津经济技术开发区（其他片区） are signed with or
 * without their brackets, half- or full-width, and the signature reader drops them.
 */
const compact = (name: string): string => name.replace(/[\s()（）]+/g, '');

/** Whether the organization a report names is the township (丈亭镇人民政府, 余姚市丈亭镇, 梨洲街道办事处 …). */
export function organizationIsTownship(organization: string, townshipName: string): boolean {
  const written = compact(organization);
  const name = compact(townshipName);
  return written.includes(name) || written.includes(townshipStem(name));
}

/** Rejects a document that names another body than the township it is uploaded for. */
export function checkOrganization(organization: string | null, township: { code: string; name: string }): void {
  if (organization === null || organizationIsTownship(organization, township.name)) return;
  throw new HubError(
    'ORGANIZATION_MISMATCH',
    `文档的发布机关「${organization}」不是所选乡镇「${township.name}」（${township.code}），请确认乡镇代码或文档`,
    { organization, townshipCode: township.code, townshipName: township.name },
  );
}
