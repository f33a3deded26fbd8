/** A number of events in a window of time, as HUB_RATE_LIMIT writes it (`600/min`). */
export interface Rate {
  limit: number;
  windowMs: number;
  /** `per` in words, for messages: 每分钟. */
  per: string;
}

/** The bounds of HUB_RATE_LIMIT; null: not limited. */
export interface RateLimitConfig {
  /** Requests without a token, per address. */
  anonymous: Rate | null;
  /** Failed authentications (a token that is wrong, revoked or malformed), per address. */
  authFailures: Rate | null;
  /** Requests with a token, per token: off unless set (scripts, the bench, an office behind one address). */
  token: Rate | null;
}

const UNITS: Readonly<Record<string, { ms: number; per: string }>> = {
  s: { ms: 1000, per: '每秒' },
  min: { ms: 60_000, per: '每分钟' },
  h: { ms: 3_600_000, per: '每小时' },
};

const KEYS: Readonly<Record<string, keyof RateLimitConfig>> = {
  anonymous: 'anonymous',
  'auth-failures': 'authFailures',
  token: 'token',
};

export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  anonymous: { limit: 600, windowMs: UNITS.min.ms, per: UNITS.min.per },
  authFailures: { limit: 30, windowMs: UNITS.min.ms, per: UNITS.min.per },
  token: null,
};

export const NO_RATE_LIMITS: RateLimitConfig = { anonymous: null, authFailures: null, token: null };

function parseRate(name: string, text: string): Rate | null {
  if (text === 'off') return null;
  const match = /^(\d+)\/(s|min|h)$/.exec(text);
  const limit = match ? Number(match[1]) : 0;
  if (!match || !Number.isSafeInteger(limit) || limit < 1) {
    throw new Error(`HUB_RATE_LIMIT: ${name}=${text} must be a count per s, min or h (e.g. 600/min), or off`);
  }
  return { limit, windowMs: UNITS[match[2]].ms, per: UNITS[match[2]].per };
}

/**
 * HUB_RATE_LIMIT: `off`, or bounds such as `anonymous=600/min,auth-failures=30/min,token=6000/min`;
 * a bound not named keeps its default, `name=off` lifts it.
 */
export function parseRateLimits(text: string | undefined): RateLimitConfig {
  if (text === undefined || text.trim() === '') return DEFAULT_RATE_LIMITS;
  if (text.trim() === 'off') return NO_RATE_LIMITS;
  const config = { ...DEFAULT_RATE_LIMITS };
  for (const part of text.split(',').map((item) => item.trim())) {
    const [name, rate, ...rest] = part.split('=');
    const key = KEYS[name];
    if (!key || rate === undefined || rest.length) {
      throw new Error(`HUB_RATE_LIMIT: "${part}" is not name=count/unit with a name among ${Object.keys(KEYS).join(', ')}`);
    }
    config[key] = parseRate(name, rate);
  }
  return config;
}
