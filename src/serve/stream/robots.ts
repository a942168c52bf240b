// robots.txt, the part a polite poller needs: the groups for our agent (or "*"), their Allow/Disallow rules with
// the longest match winning, and Crawl-delay. A robots.txt that cannot be fetched allows everything.

export interface RobotsRules {
  allow: string[];
  disallow: string[];
  crawlDelayMs: number | null;
}

const AGENT_TOKEN = 'corroborate';

/** The rules of the most specific group that names us, else the "*" group. */
export function parseRobots(text: string): RobotsRules {
  const groups: { agents: string[]; rules: RobotsRules }[] = [];
  let current: { agents: string[]; rules: RobotsRules } | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const field = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (field === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: { allow: [], disallow: [], crawlDelayMs: null } };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (field === 'disallow' && value) current.rules.disallow.push(value);
    else if (field === 'allow' && value) current.rules.allow.push(value);
    else if (field === 'crawl-delay' && Number.isFinite(Number(value)))
      current.rules.crawlDelayMs = Number(value) * 1000;
  }
  const mine = groups.find((g) => g.agents.some((a) => a !== '*' && AGENT_TOKEN.includes(a)));
  const any = groups.find((g) => g.agents.includes('*'));
  return (mine ?? any)?.rules ?? { allow: [], disallow: [], crawlDelayMs: null };
}

/** Whether the rules let us fetch the path (with its query): the longest matching rule decides, Allow on a tie. */
export function robotsAllow(rules: RobotsRules, pathAndQuery: string): boolean {
  const longest = (patterns: string[]) =>
    Math.max(-1, ...patterns.filter((p) => matches(p, pathAndQuery)).map((p) => p.length));
  return longest(rules.allow) >= longest(rules.disallow);
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`).test(path);
}
