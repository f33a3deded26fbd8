import type { MeQuery, Role } from '../graphql/operations.js';

const ROLE_WORDS: Record<Role, string> = { ADMIN: '管理员', UPLOADER: '上传人员', EVALUATOR: '评审人员', ANALYST: '分析人员' };

/** Whose token is in use, as the pages' headers say it. */
export function whoText(me: Pick<MeQuery['me'], 'name' | 'role'>): string {
  return me.role ? `当前令牌：${me.name}（${ROLE_WORDS[me.role]}）` : '未填写令牌：公开查看';
}
