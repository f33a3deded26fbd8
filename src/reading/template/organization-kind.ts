import { compactName } from './organization-name';

/** Why an organization that names no township is not one: what kind of body it is, as far as its name says. */
export type OrganizationKind = 'area' | 'higherLevel' | 'department' | 'unknown';

/** Management areas that are not townships of the region list: 片区管理局, 综合实验区, 开发区, 园区 … */
const AREA = /(片区|实验区|试验区|开发区|高新区|新区|示范区|管理区|园区|合作区|自贸区)/;
/** A province, city or county (district, banner) and its government or office. */
const HIGHER_LEVEL = /(省|市|县|区|旗|州|盟)(人民政府|政府)?(办公室|办公厅)?$/;
/** A department of a government: 局, 委, 办公室, 中心 … */
const DEPARTMENT = /(局|委员会|委|办公室|办公厅|办|中心|厅|所|站|院|公司)$/;

/**
 * What kind of body an organization's name says it is, for the reason a report is not filed
 * under a township. A name is read as written: `…管理局关于` (a title cut before its subject)
 * is still a 管理局.
 */
export function organizationKind(organization: string): OrganizationKind {
  const name = compactName(organization).replace(/关于$/, '');
  if (AREA.test(name)) return 'area';
  if (HIGHER_LEVEL.test(name)) return 'higherLevel';
  if (DEPARTMENT.test(name)) return 'department';
  return 'unknown';
}
