import { Role } from './roles';

/** Who is acting: recorded with every decision, rubric edit and audit event. */
export interface Actor {
  name: string;
  /** Null without a token: public reading only. */
  role: Role | null;
  /** The townships an UPLOADER may upload for (normalized 9-digit codes); empty for other roles. */
  townshipCodes: readonly string[];
}

export const ANONYMOUS: Actor = { name: '匿名', role: null, townshipCodes: [] };

export const ENV_ADMIN: Actor = { name: '管理员（HUB_ADMIN_TOKEN）', role: Role.ADMIN, townshipCodes: [] };
