import { describe, expect, it } from 'vitest';
import { parseRobots, robotsAllow } from './robots.ts';

describe('robots.txt', () => {
  const text = `# comments are ignored
User-agent: otherbot
Disallow: /

User-agent: *
Disallow: /private/
Allow: /private/open
Disallow: /*.pdf$
Crawl-delay: 2
`;
  it('reads the group for every agent when none names us, with its crawl delay', () => {
    const rules = parseRobots(text);
    expect(rules.crawlDelayMs).toBe(2000);
    expect(robotsAllow(rules, '/news/1')).toBe(true);
    expect(robotsAllow(rules, '/private/2')).toBe(false);
    expect(robotsAllow(rules, '/private/open/3')).toBe(true);
    expect(robotsAllow(rules, '/files/report.pdf')).toBe(false);
    expect(robotsAllow(rules, '/files/report.pdf?x=1')).toBe(true);
  });

  it('prefers a group that names corroborate', () => {
    const rules = parseRobots(`User-agent: *\nDisallow: /\n\nUser-agent: corroborate\nDisallow: /drafts/\n`);
    expect(robotsAllow(rules, '/news/1')).toBe(true);
    expect(robotsAllow(rules, '/drafts/1')).toBe(false);
  });

  it('allows everything when the file is empty or unreadable', () => {
    expect(robotsAllow(parseRobots(''), '/anything')).toBe(true);
    expect(robotsAllow(parseRobots('<html>not robots</html>'), '/anything')).toBe(true);
  });
});
