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

/**
 * An UPLOADER sees and answers the rectification notices of its own townships only; a notice
 * of another township is FORBIDDEN, as an upload for it would be.
 */
export function checkNoticeScope(actor: Actor, notice: { id: number; townshipCode: string }): void {
  if (actor.role !== Role.UPLOADER || actor.townshipCodes.includes(notice.townshipCode)) return;
  throw new HubError('FORBIDDEN', `令牌「${actor.name}」无权查看或答复整改通知 ${notice.id}（属乡镇 ${notice.townshipCode}）`, {
    id: notice.id,
  });
}
