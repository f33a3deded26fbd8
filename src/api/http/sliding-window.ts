import { LRUCache } from 'lru-cache';
import { Rate } from './rate-limit-config';

interface Counts {
  /** Start of the current fixed window. */
  start: number;
  current: number;
  previous: number;
}

/** Keys (addresses, tokens) followed at once; the least recently seen are forgotten first. */
const MAX_KEYS = 100_000;

/**
 * Events per key in a sliding window of `rate.windowMs`: the count of the current fixed window
 * plus the previous window's, weighted by the share of it the sliding window still covers (the
 * usual sliding-window counter: two numbers a key, however many events).
 */
export class SlidingWindow {
  private readonly counts = new LRUCache<string, Counts>({ max: MAX_KEYS });

  constructor(
    readonly rate: Rate,
    private readonly now: () => number = Date.now,
  ) {}

  private countsAt(key: string, now: number): Counts {
    const { windowMs } = this.rate;
    const start = Math.floor(now / windowMs) * windowMs;
    const known = this.counts.get(key);
    if (!known || known.start <= start - 2 * windowMs) return { start, current: 0, previous: 0 };
    if (known.start < start) return { start, current: 0, previous: known.current };
    return known;
  }

  /** Whole seconds until the key may act once more, assuming it does nothing meanwhile; 0: it may now. */
  private wait({ start, current, previous }: Counts, now: number): number {
    const { limit, windowMs } = this.rate;
    const room = limit - 1;
    const estimate = (at: number) => previous * (1 - (at - start) / windowMs) + current;
    if (estimate(now) <= room) return 0;
    // The previous window's share shrinks as time goes; from the next window on, this window's does.
    const inThisWindow = current <= room && previous > 0 ? start + windowMs * (1 - (room - current) / previous) : Infinity;
    const inNextWindow = start + windowMs + (current > room ? windowMs * (1 - room / current) : 0);
    const at = Math.min(inThisWindow < start + windowMs ? inThisWindow : Infinity, inNextWindow);
    return Math.max(1, Math.ceil((at - now) / 1000));
  }

  /** Counts an event of `key` when the rate allows it and answers 0; else counts nothing and answers the seconds to wait. */
  take(key: string): number {
    const now = this.now();
    const counts = this.countsAt(key, now);
    const wait = this.wait(counts, now);
    if (wait === 0) this.counts.set(key, { ...counts, current: counts.current + 1 });
    return wait;
  }

  /** The seconds `key` must wait before its next event, counting nothing. */
  peek(key: string): number {
    const now = this.now();
    return this.wait(this.countsAt(key, now), now);
  }

  /** Counts an event of `key` that happened whatever the rate (a failed authentication). */
  record(key: string): void {
    const counts = this.countsAt(key, this.now());
    this.counts.set(key, { ...counts, current: counts.current + 1 });
  }
}
