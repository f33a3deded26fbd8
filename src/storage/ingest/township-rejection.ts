import { Region } from '../../../entities';
import { HubError } from '../../core/errors';
import { Identification } from './identify-township';
import { organizationKind } from '../../reading/template/organization-kind';

const listed = (townships: readonly Region[]): string => townships.map((t) => `${t.name}（${t.code}）`).join('、');

/** Why no township is the organization's: what kind of body it is, and which townships of a like name it is not. */
function noTownship(organization: string, alike: readonly Region[], region: Region | null): HubError {
  const notAlike = alike.length ? `；它不是名称相近的${listed(alike.slice(0, 5))}` : '';
  const kind = organizationKind(organization);
  switch (kind) {
    case 'area':
      return new HubError('NOT_A_TOWNSHIP', `发布机关「${organization}」是片区、开发区或实验区一类的管理区域，不是区划中的乡镇${notAlike}`);
    case 'higherLevel':
      return new HubError('NOT_A_TOWNSHIP', `发布机关「${organization}」是县级或以上的机关，不是乡镇；这里只收乡镇的报告`);
    case 'department':
      return new HubError('NOT_A_TOWNSHIP', `发布机关「${organization}」是部门，不是乡镇人民政府或街道办事处${notAlike}`);
    case 'unknown':
      return new HubError(
        'UNKNOWN_ORGANIZATION',
        `发布机关「${organization}」不是${region?.name ?? '全国'}任何乡镇的人民政府或街道办事处${notAlike}`,
      );
    default: {
      const unknown: never = kind;
      throw new Error(`unknown organization kind ${String(unknown)}`);
    }
  }
}

/**
 * The township identifyTownship found, or the error saying why a document is filed under none:
 * NOT_A_TOWNSHIP (what the body is), AMBIGUOUS_ORGANIZATION (the townships it may be), or
 * UNKNOWN_ORGANIZATION.
 */
export function identifiedTownship(organization: string, match: Identification, region: Region | null): Region {
  switch (match.kind) {
    case 'found':
      return match.township;
    case 'none':
      throw noTownship(organization, match.alike, region);
    case 'ambiguous':
      throw new HubError(
        'AMBIGUOUS_ORGANIZATION',
        `发布机关「${organization}」可能是：${listed(match.candidates)}；文档没有写明是其中哪一个（所属的县、市），请用 --region 缩小范围`,
      );
    default: {
      const unknown: never = match;
      throw new Error(`unknown identification ${JSON.stringify(unknown)}`);
    }
  }
}
