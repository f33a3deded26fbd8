import { HubError } from '../../core/errors';
import { compactName } from '../../reading/template/organization-name';

/** Endings a township name carries that a report's organization may drop or extend (丈亭镇 → 丈亭镇人民政府). */
const TOWNSHIP_ENDINGS = /(民族乡|街道|镇|乡)$/;

/** The distinctive part of a township name: 丈亭镇 → 丈亭, 梨洲街道 → 梨洲; kept whole when too short to be distinctive. */
export function townshipStem(name: string): string {
  const stem = name.replace(TOWNSHIP_ENDINGS, '');
  return stem.length >= 2 ? stem : name;
}

/** A township, and the names of the regions above it that a document may write before its own (浙江省宁波市余姚市丈亭镇). */
export interface NamedTownship {
  code: string;
  name: string;
  /** Province, city and county names, in that order ('' where the list has none). */
  ancestors: readonly string[];
}

/**
 * What a township's own body adds after its name when it signs: its government, its
 * subdistrict office, its party committee, its office. Anything else (片区管理局, 中心学校,
 * 派出所) is another body, however alike the name.
 */
const TOWNSHIP_BODY =
  /^(?:人民政府|政府|街道办事处|办事处|党委|党工委|党委政府|人民政府办公室|政府办公室|党政办公室|党政办|管理委员会|管委会)?$/;

/** Names made of an ending alone (the seed has townships named just 街道): nothing to recognise them by. */
export const hasProperName = (name: string): boolean => !/^(民族乡|街道|镇|乡)$/.test(compactName(name));

/** Whether `prefix` is nothing but names of the township's ancestors (余姚市, 宁波市余姚市, 余姚 …). */
function onlyAncestors(prefix: string, ancestors: readonly string[]): boolean {
  const names = ancestors.flatMap((name) => [compactName(name), compactName(name).replace(/(省|市|县|区|自治区|自治州|盟|旗)$/, '')]);
  let rest = prefix;
  while (rest !== '') {
    const next = names.find((name) => name.length >= 2 && rest.startsWith(name));
    if (!next) return false;
    rest = rest.slice(next.length);
  }
  return true;
}

/**
 * Whether `organization` is the township's own body: its name (or, for a 街道, the name
 * without 街道 before 办事处), with nothing before it but the regions above it and nothing
 * after it but what a township's body adds. 平潭综合实验区金井片区管理局 is not 金井镇;
 * 新太平镇人民政府 is not 太平镇; a township named just 街道 is never named.
 */
export function organizationNames(organization: string, township: NamedTownship): boolean {
  if (!hasProperName(township.name)) return false;
  const written = compactName(organization);
  const name = compactName(township.name);
  const forms = name.endsWith('街道') ? [name, townshipStem(name)] : [name];
  for (const form of forms) {
    for (let at = written.indexOf(form); at >= 0; at = written.indexOf(form, at + 1)) {
      const after = written.slice(at + form.length);
      const body = form === name ? TOWNSHIP_BODY.test(after) : /^(?:办事处|街道办事处|街道办)$/.test(after);
      if (body && onlyAncestors(written.slice(0, at), township.ancestors)) return true;
    }
  }
  return false;
}

/**
 * Rejects a document that names another body than the township it is uploaded for. A township
 * named by an ending alone (街道) has nothing a document could be checked against, so its
 * uploader's choice stands: refusing would leave it no way to upload at all.
 */
export function checkOrganization(organization: string | null, township: NamedTownship): void {
  if (organization === null || !hasProperName(township.name) || organizationNames(organization, township)) return;
  throw new HubError(
    'ORGANIZATION_MISMATCH',
    `文档的发布机关「${organization}」不是所选乡镇「${township.name}」（${township.code}），请确认乡镇代码或文档`,
    { organization, townshipCode: township.code, townshipName: township.name },
  );
}
