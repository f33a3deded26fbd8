import { HubError } from '../../core/errors';
import { normalizeRegionCode } from '../../core/region-code';
import { Actor } from './actor';
import { Role } from './roles';

/**
 * An UPLOADER uploads and previews for its own townships only. Checked on the code as typed
 * (normalized, without the database), so a township outside the scope is refused before
 * anything is read or stored.
 */
export function checkTownshipScope(actor: Actor, townshipCode: string): void {
  if (actor.role !== Role.UPLOADER) return;
  const code = normalizeRegionCode(townshipCode);
  if (code !== null && actor.townshipCodes.includes(code)) return;
  throw new HubError(
    'FORBIDDEN',
    `令牌「${actor.name}」无权上传乡镇「${townshipCode}」的报告（可上传：${actor.townshipCodes.join('、')}）`,
    {
      townshipCode,
    },
  );
}
