// Politeness per host: at most `concurrency` requests to one host at a time, and at least `delayMs` between the
// starts of two requests to it (or the host's robots.txt Crawl-delay, when longer).

export interface HostLimits {
  concurrency: number;
  delayMs: number;
}

interface HostState {
  running: number;
  lastStart: number;
  waiting: (() => void)[];
  delayMs: number;
}

export class HostGate {
  private readonly hosts = new Map<string, HostState>();
  constructor(private readonly limits: HostLimits) {}

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { running: 0, lastStart: 0, waiting: [], delayMs: this.limits.delayMs };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** A longer delay the host asked for (robots.txt Crawl-delay). */
  slowDown(host: string, delayMs: number): void {
    const s = this.state(host);
    s.delayMs = Math.max(s.delayMs, delayMs);
  }

  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = new URL(url).host;
    const s = this.state(host);
    while (s.running >= this.limits.concurrency) await new Promise<void>((r) => s.waiting.push(r));
    s.running++;
    try {
      const wait = s.lastStart + s.delayMs - Date.now();
      s.lastStart = Math.max(Date.now(), s.lastStart + s.delayMs);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      return await task();
    } finally {
      s.running--;
      s.waiting.shift()?.();
    }
  }
}
