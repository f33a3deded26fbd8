import { DataSource } from 'typeorm';
import { ApiToken } from '../../../entities';
import { withMigrationLock } from '../../storage/db/migration-lock';
import { Role } from './roles';
import { createToken } from './token-store';

const FIRST_ADMIN_NAME = '首次启动创建的管理员';

/**
 * On a database that has never had an ADMIN token, and with no HUB_ADMIN_TOKEN, nobody could
 * create the townships' tokens: the first start creates an ADMIN token and hands its secret
 * back (null when an ADMIN token exists, revoked or not: that database has had its first run).
 * Hubs starting together on an empty database take the migration lock in turn, so only the
 * first creates one and the others find it.
 */
export function createFirstAdminToken(dataSource: DataSource): Promise<string | null> {
  return withMigrationLock(dataSource, async () => {
    if (await dataSource.manager.exists(ApiToken, { where: { role: Role.ADMIN } })) return null;
    const { secret } = await createToken(dataSource.manager, { name: FIRST_ADMIN_NAME, role: Role.ADMIN, townshipCodes: [] });
    return secret;
  });
}

/** What the first start prints, once: the secret, and where to use it. `base` is the hub's address, e.g. http://localhost:4000. */
export function firstRunLines(secret: string, base: string): string[] {
  return [
    '首次启动：数据库中还没有管理员令牌，也没有设置 HUB_ADMIN_TOKEN，已创建一个 ADMIN 令牌。',
    'First start: no admin token in the database and HUB_ADMIN_TOKEN unset, so an ADMIN token was created.',
    '它只显示这一次，请立即保存 / shown this once only, keep it now:',
    '',
    `    ${secret}`,
    '',
    '下一步 / next:',
    `  ${base}/          考核看板：把令牌填入「令牌」/ dashboard: paste it as the token`,
    `  ${base}/upload    报告上传 / upload a report`,
    `  ${base}/graphql   GraphQL 浏览器：用它 createApiToken 给各乡镇建 UPLOADER 令牌 / explorer: create the townships' tokens`,
  ];
}
