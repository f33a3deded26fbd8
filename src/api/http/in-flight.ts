/** The requests being answered, so that a stopping hub can let them finish before it closes the database. */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  /** Follows `work` until it settles. */
  track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    void settled.then(() => this.running.delete(settled));
  }

  get size(): number {
    return this.running.size;
  }

  /** Resolves true once every request followed has settled, or false after `ms` with some still running. */
  async drained(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    });
    try {
      while (this.running.size) {
        const done = await Promise.race([Promise.all([...this.running]).then(() => true), deadline]);
        if (!done) return false;
      }
      return true;
    } finally {
      clearTimeout(timer);
    }
  }
}
