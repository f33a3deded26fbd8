import { createHash } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { HubError } from '../../core/errors';
import { Rate, RateLimitConfig } from './rate-limit-config';
import { Refusal } from './refusal';
import { SlidingWindow } from './sliding-window';

function address(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}

function rateLimited(rate: Rate, seconds: number, what: string): Refusal {
  const message = `请求过于频繁：${what}${rate.per}至多 ${rate.limit} 次（HUB_RATE_LIMIT），请 ${seconds} 秒后重试`;
  const details = { limit: rate.limit, windowSeconds: rate.windowMs / 1000, retryAfterSeconds: seconds };
  return new Refusal(429, new HubError('RATE_LIMITED', message, details), { 'retry-after': String(seconds) });
}

/** A 429 when `window` (if the bound is set) makes the request wait. */
function refuseOver(window: SlidingWindow | null, wait: (window: SlidingWindow) => number, what: string): void {
  const seconds = window ? wait(window) : 0;
  if (window && seconds > 0) throw rateLimited(window.rate, seconds, what);
}

/**
 * HUB_RATE_LIMIT, applied before a request's body is read and before anything touches the
 * database: requests without a token per address, failed authentications per address (while
 * an address is over, its requests with a token are refused unread), and optionally requests
 * per token. A refusal costs a few map look-ups: it writes nothing anywhere.
 */
export class RateLimits {
  private readonly anonymous: SlidingWindow | null;
  private readonly authFailures: SlidingWindow | null;
  private readonly tokens: SlidingWindow | null;

  constructor(config: RateLimitConfig) {
    this.anonymous = config.anonymous && new SlidingWindow(config.anonymous);
    this.authFailures = config.authFailures && new SlidingWindow(config.authFailures);
    this.tokens = config.token && new SlidingWindow(config.token);
  }

  /** Throws a 429 Refusal when the request may not be served now; counts it when it may. */
  admit(request: IncomingMessage): void {
    const authorization = request.headers.authorization;
    const from = address(request);
    if (authorization === undefined || authorization === '') {
      refuseOver(this.anonymous, (window) => window.take(from), '本地址不带令牌的请求');
      return;
    }
    refuseOver(this.authFailures, (window) => window.peek(from), '本地址的身份验证失败');
    const token = createHash('sha256').update(authorization).digest('base64');
    refuseOver(this.tokens, (window) => window.take(token), '同一令牌的请求');
  }

  /** Counts a failed authentication against the request's address. */
  failedAuthentication(request: IncomingMessage): void {
    this.authFailures?.record(address(request));
  }
}
