// A cap on work running at once, with a bounded queue: past the queue a caller is told to come back later
// instead of piling up memory. Briefing is CPU-bound, so running more at once only makes each one slower.
import { Problem } from './problem.ts';

export class Limiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly max: number,
    readonly maxQueued: number,
  ) {}

  get stats(): { running: number; queued: number } {
    return { running: this.running, queued: this.waiting.length };
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) {
      if (this.waiting.length >= this.maxQueued) {
        throw new Problem(
          503,
          'busy',
          `${this.running} briefings are running and ${this.waiting.length} waiting; try again shortly`,
          undefined,
          undefined,
          { 'Retry-After': '1' },
        );
      }
      await new Promise<void>((go) => this.waiting.push(go));
    } else this.running++;
    try {
      return await fn();
    } finally {
      // hand the slot straight to the next waiter, so the count never dips and lets a newcomer jump the queue
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
