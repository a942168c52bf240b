import { describe, expect, it } from 'vitest';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../../test/support/cpu.ts';
import { cleanPlainText } from './index.ts';

const article = (...lines: string[]): string => lines.join('\n\n');
const LEAD =
  'The harbour authority of Port Velmar said on Tuesday that three cargo ships had been held at anchor after the storm.';
const BODY =
  'Officials from the Kestrel Shipping Company said repairs to the northern pier would take at least a week.';

describe('chrome rules drop site furniture', () => {
  it.each([
    [
      'comment form',
      ['Leave a Reply', 'Your email address will not be published. Required fields are marked *'],
    ],
    ['comment counters', ['Comments', 'comments', 'Leave a Comment']],
    ['akismet notice', ['This site uses Akismet to reduce spam. Learn how your comment data is processed.']],
    ['ad-blocker prompt', ['Adblock Detected', 'Please disable your ad blocker to keep reading.']],
    ['newsletter prompt', ['Sign up for our daily newsletter', 'Subscribe now']],
    ['cookie notice', ['We use cookies to improve your experience on our site.']],
    ['share widget', ['Share this article', 'Facebook Twitter WhatsApp Email']],
    [
      'related widget',
      ['You may also like', 'Storm leaves harbour town without power', 'Ferry service resumes'],
    ],
    ['menu and stray number', ['Main Menu', '0']],
    ['footer', ['© 2031 Velmar Daily Courier. All rights reserved.', 'Privacy Policy']],
    ['ads and players', ['Advertisement', 'Story continues below advertisement', 'Listen to this article']],
    ['wordpress widgets', ['Share this:', 'Like this:', 'Like Loading...']],
    ['captions', ['hide caption', 'Getty Images']],
  ])('%s at the end', (_name, chrome) => {
    const r = cleanPlainText(article(LEAD, BODY, ...chrome));
    for (const c of chrome) expect(r.text).not.toContain(c);
    expect(r.text).toContain(LEAD);
    expect(r.text).toContain(BODY);
  });

  it('drops read-time markers, image placeholders and breadcrumbs at the top', () => {
    const r = cleanPlainText(
      article(
        'Home » Region » Harbour closed after storm',
        'Harbour closed after storm',
        '· 4 min read',
        'featured image',
        'Photo credit: Lena Fisk / Velmar Daily',
        LEAD,
        BODY,
      ),
    );
    expect(r.text.startsWith('Harbour closed after storm\n\n')).toBe(true);
    expect(r.text.match(/Harbour closed after storm/g)).toHaveLength(1);
    for (const gone of ['Home »', 'min read', 'featured image', 'Photo credit'])
      expect(r.text).not.toContain(gone);
    expect(r.title).toBe('Harbour closed after storm');
  });

  it('keeps a breadcrumb tail as the headline when no headline follows', () => {
    const r = cleanPlainText(article('Home › World › Harbour closed after the storm', LEAD));
    expect(r.text.startsWith('Harbour closed after the storm\n\n')).toBe(true);
  });

  it('drops an orphaned quote tail but not the end of an open quotation', () => {
    const r = cleanPlainText(article(LEAD, 'Approval.”', BODY));
    expect(r.text).not.toContain('Approval.”');
    const open = cleanPlainText(
      article('“We will not leave the harbour without the council’s', 'approval.”', BODY),
    );
    expect(open.text).toContain('approval.”');
  });
});

describe('chrome rules keep article sentences', () => {
  it.each([
    'The minister declined to comment on the leaked report.',
    'Comments from the governor drew criticism from farmers in the valley.',
    'Shares in the Kestrel Shipping Company fell 4% after the announcement.',
    'Residents were urged to subscribe to the emergency alert service run by the council.',
    'The restaurant changed its menu after the health inspection in March.',
    'Related research by the university found the pier had been weakened for years.',
    'Read more about the inquiry in the council’s published report, officials said.',
    'Photo evidence presented to the court showed the damaged hull.',
    'Leave a reply to the ministry’s letter was not an option, the mayor said.',
    'The advertisement campaign for the ferry line cost the council two million crowns.',
    'Video footage shared by residents showed the pier collapsing into the sea.',
    'Loading of the cargo ships resumed on Thursday after the inspection.',
  ])('keeps "%s"', (sentence) => {
    const r = cleanPlainText(article(LEAD, sentence, BODY, 'Leave a Reply'));
    expect(r.text).toContain(sentence);
    expect(r.text).not.toContain('Leave a Reply');
  });

  it('keeps short content words that only look like chrome in the middle of an article', () => {
    const r = cleanPlainText(
      article(LEAD, 'Comments', BODY, 'Menu', 'Officials met again on Friday and agreed a plan.'),
    );
    expect(r.text).toContain('Comments');
    expect(r.text).toContain('Menu');
  });

  it('keeps a lone 0 inside a table', () => {
    const r = cleanPlainText(
      article(LEAD, '| Port | Ships held |\n|---|---|\n| Velmar | 3 |\n| Ostra | 0 |', 'Main Menu', '0'),
    );
    const rows = r.blocks.filter((b) => b.kind === 'table-row');
    expect(rows).toHaveLength(3);
    const last = rows[2]!;
    expect(last.cells!.map((c) => r.text.slice(c.start, c.end))).toEqual(['Ostra', '0']);
    expect(r.text.trimEnd().endsWith('Ostra | 0')).toBe(true);
  });
});

describe('timing', () => {
  it('cleans a 1 MB single line within the CPU budget for pathological input', () => {
    const line = 'word, other "quote” Home » x ** [a](b) '.repeat(27_000).slice(0, 1_000_000);
    const t = cpuNow();
    const r = cleanPlainText(line);
    expect(cpuNow() - t).toBeLessThan(BLOWUP_BUDGET_MS);
    expect(r.text.length).toBeGreaterThan(900_000);
  });
});

describe('related-links widgets', () => {
  it('takes the listed headlines but not the article’s next subheading', () => {
    const r = cleanPlainText(
      article(
        LEAD,
        'Related articles',
        '- Storm leaves harbour town without power\n- Ferry service resumes',
        'What the council decided',
        BODY,
      ),
    );
    expect(r.text).not.toContain('Storm leaves harbour town');
    expect(r.text).toContain('What the council decided');
    expect(r.text).toContain(BODY);
  });

  it('takes at most a handful of lines after the widget heading', () => {
    const headlines = Array.from({ length: 12 }, (_, i) => `Headline number ${i + 1} about the harbour`);
    const r = cleanPlainText(article(LEAD, BODY, 'You may also like', ...headlines));
    expect(r.text).not.toContain('Headline number 8 ');
    expect(r.text).toContain('Headline number 9 ');
  });
});

describe('a page copied as text, chrome on every side', () => {
  const page = [
    'Skip to content',
    'Menu',
    'Search',
    'World',
    'Ferry strike ends in Ostra after four days',
    'By Mira Castell and Tomas Brenn',
    'Published March 4, 2031 · Updated March 5, 2031',
    '3 min read',
    'Share',
    'Facebook',
    'Twitter',
    'Email',
    'The ferry workers of Ostra returned to work on Friday after a four-day strike over pay, the union said.',
    'Advertisement',
    'The agreement raises wages by 4% and adds two rest days a month, according to a statement from the company.',
    'Read more: Harbour closed after storm',
    '"We are glad it is over," said Anna Lind, a ticket seller at the southern terminal.',
    'Tags: Ostra, ferries, strikes',
    'Most Read',
    '1',
    'Storm closes harbour',
    '2',
    'Council approves new pier',
    '© 2031 Ostra Courier',
  ].join('\n');
  const r = cleanPlainText(page);

  it('keeps the article and its headline', () => {
    expect(r.title).toBe('Ferry strike ends in Ostra after four days');
    expect(r.authors).toEqual(['Mira Castell', 'Tomas Brenn']);
    expect(r.text).toContain('The ferry workers of Ostra returned to work on Friday');
    expect(r.text).toContain('"We are glad it is over," said Anna Lind');
  });

  it('drops the furniture', () => {
    for (const gone of [
      'Skip to',
      'Search',
      'Share',
      'Facebook',
      'Advertisement',
      'Read more',
      'Tags:',
      'Most Read',
    ])
      expect(r.text).not.toContain(gone);
    for (const gone of ['Storm closes harbour', 'Council approves', '©', '3 min'])
      expect(r.text).not.toContain(gone);
  });
});
