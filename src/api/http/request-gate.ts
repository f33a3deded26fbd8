import { IncomingMessage } from 'node:http';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { authenticate } from '../auth/authenticate';
import { AccessConfig } from '../auth/access-config';
import { LimitConfig } from '../graphql/limits/limit-config';
import { HubError } from '../../core/errors';
import { databaseUnavailable } from '../graphql/database-unavailable';

/** A request refused before GraphQL sees it, with the HTTP status to answer. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly error: HubError,
  ) {
    super(error.message);
    this.name = 'Refusal';
  }
}

/** Room for the largest document in base64 (4 characters per 3 bytes) and the rest of the JSON. */
export function maxBodyBytes(limits: LimitConfig): number {
  return Math.ceil((limits.maxUploadBytes * 4) / 3) + 1024 * 1024;
}

export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit)
      throw new Refusal(413, new HubError('DOCUMENT_TOO_LARGE', `请求体超过 ${limit} 字节（HUB_MAX_UPLOAD_BYTES）`, { maxBytes: limit }));
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function parseBody(text: string, contentType: string | undefined): unknown {
  if (!text) return undefined;
  if (!contentType?.includes('application/json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new Refusal(400, new HubError('BAD_USER_INPUT', `请求体不是有效的 JSON（开头为「${text.slice(0, 20)}」）`));
  }
}

/** A batch (a JSON array of operations) of at most HUB_MAX_BATCH operations. */
export function checkBatch(body: unknown, limits: LimitConfig): void {
  if (!Array.isArray(body) || body.length <= limits.maxBatch) return;
  throw new Refusal(
    400,
    new HubError('TOO_MANY_OPERATIONS', `一次批量请求含 ${body.length} 个操作，超过上限 ${limits.maxBatch}（HUB_MAX_BATCH）`, {
      limit: limits.maxBatch,
      actual: body.length,
    }),
  );
}

/** Who the request acts for; a bad token, or no token while HUB_PUBLIC_READ=off, is refused here. */
export async function requestActor(dataSource: DataSource, request: IncomingMessage, access: AccessConfig): Promise<Actor> {
  let actor: Actor;
  try {
    actor = await authenticate(dataSource.manager, request.headers.authorization, access);
  } catch (error) {
    if (error instanceof HubError) throw new Refusal(401, error);
    const unavailable = databaseUnavailable(error);
    throw unavailable ? new Refusal(503, unavailable) : error;
  }
  if (actor.role === null && !access.publicRead) {
    throw new Refusal(
      401,
      new HubError('UNAUTHENTICATED', '本服务不公开访问（HUB_PUBLIC_READ=off）：请使用令牌（Authorization: Bearer <令牌>）'),
    );
  }
  return actor;
}
