import { IncomingMessage } from 'node:http';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { authenticate } from '../auth/authenticate';
import { AccessConfig } from '../auth/access-config';
import { LimitConfig } from '../graphql/limits/limit-config';
import { HubError } from '../../core/errors';
import { quoteInput } from '../../core/quote-input';
import { databaseError } from '../../storage/db/database-errors';
import { RateLimits } from './rate-limits';
import { Refusal, refusalOf } from './refusal';

/** Room for the largest document in base64 (4 characters per 3 bytes) and the rest of the JSON. */
export function maxBodyBytes(limits: LimitConfig): number {
  return Math.ceil((limits.maxUploadBytes * 4) / 3) + 1024 * 1024;
}

function bodyTooLarge(limit: number): Refusal {
  const error = new HubError('DOCUMENT_TOO_LARGE', `请求体超过 ${limit} 字节（由 HUB_MAX_UPLOAD_BYTES 决定），未被读取`, {
    maxBytes: limit,
  });
  return new Refusal(413, error, { connection: 'close' });
}

/**
 * The request's body as text, at most `limit` bytes. A body past the limit is still read to its
 * end (up to as much again, discarded) before the 413 is answered: a client still sending when
 * the connection closes gets a reset instead of the answer, and a browser shows a network error.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const drainLimit = 2 * limit;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    if (Number(request.headers['content-length']) > drainLimit) {
      reject(bodyTooLarge(limit));
      return;
    }
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > drainLimit) reject(bodyTooLarge(limit));
    });
    request.on('end', () => (size > limit ? reject(bodyTooLarge(limit)) : resolve(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', reject);
  });
}

export function parseBody(text: string, contentType: string | undefined): unknown {
  if (!text) return undefined;
  if (!contentType?.includes('application/json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new Refusal(400, new HubError('BAD_USER_INPUT', `请求体不是有效的 JSON（开头为「${quoteInput(text.slice(0, 20))}」）`));
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

/**
 * Who the request acts for; a bad token (counted against the address's failed
 * authentications), or no token while HUB_PUBLIC_READ=off, is refused here.
 */
export async function requestActor(
  dataSource: DataSource,
  request: IncomingMessage,
  access: AccessConfig,
  rateLimits: RateLimits,
): Promise<Actor> {
  let actor: Actor;
  try {
    actor = await authenticate(dataSource.manager, request.headers.authorization, access);
  } catch (error) {
    if (error instanceof HubError) {
      rateLimits.failedAuthentication(request);
      throw new Refusal(401, error);
    }
    const typed = databaseError(error);
    throw typed ? refusalOf(typed) : error;
  }
  if (actor.role === null && !access.publicRead) {
    throw new Refusal(
      401,
      new HubError('UNAUTHENTICATED', '本服务不公开访问（HUB_PUBLIC_READ=off）：请使用令牌（Authorization: Bearer <令牌>）'),
    );
  }
  return actor;
}
