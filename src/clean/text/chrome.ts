// Site chrome, recognised by the shape and stock wording of a line as sites print it, never by article content.
// "strong" patterns are stock sentences no article body contains as a whole line; they go wherever they stand.
// "weak" patterns are short words that could be content ("Comments", "Menu", "0"): they go only at the edges of
// the document (before the first or after the last prose paragraph) or inside a run of other chrome.
import type { Unit } from './units.ts';

export interface ChromeRule {
  name: string;
  strength: 'strong' | 'weak';
  test: (text: string, u: Unit) => boolean;
}

/** Lines longer than this are never chrome: keeps every rule cheap and article paragraphs safe. */
const MAX_CHROME = 220;

const line = (name: string, strength: ChromeRule['strength'], re: RegExp): ChromeRule => ({
  name,
  strength,
  test: (t) => re.test(t),
});

const SOCIAL = new Set(
  'facebook twitter x linkedin whatsapp email e-mail mail print reddit pinterest telegram copy link share tweet messenger threads bluesky flipboard sms'.split(
    ' ',
  ),
);

/** A line that is only share-button labels: "Facebook Twitter WhatsApp Email". */
const shareButtons = (t: string): boolean => {
  if (t.length > 120) return false;
  const words = t
    .toLowerCase()
    .split(/[\s|·•,/]+/)
    .filter(Boolean);
  return words.length >= 2 && words.length <= 12 && words.every((w) => SOCIAL.has(w));
};

/** An orphaned quote tail: a few words closing a quotation that never opened ("Approval.”"). */
const orphanQuoteTail = (t: string): boolean =>
  /^[^"“”«»]{1,40}[.!?,]?["”»]$/.test(t) && t.split(/\s+/).length <= 3;

export const CHROME_RULES: ChromeRule[] = [
  // comment forms
  line(
    'comment-form',
    'strong',
    /^leave an? (reply|comment|response)( to .{1,80} cancel reply| cancel reply)?[.!]?$/i,
  ),
  line(
    'comment-form',
    'strong',
    /^your email address will not be published\.?( ?required fields are marked ?\*?\.?)?$/i,
  ),
  line('comment-form', 'strong', /^required fields are marked ?\*\.?$/i),
  line('comment-form', 'strong', /^this site uses akismet to reduce spam\b.*$/i),
  line('comment-form', 'strong', /^save my name,? email,? and website in this browser\b.*$/i),
  line(
    'comment-form',
    'strong',
    /^(post|submit) (a |your )?comment$|^cancel reply$|^(you must be )?logged in to post a comment\.?$/i,
  ),
  line('comment-form', 'strong', /^(be the first to comment|join the (discussion|conversation))[.!]?$/i),
  line('comment-form', 'weak', /^(\d+ )?(comments?|responses?|replies)( \(\d+\))?:?$/i),
  line('comment-form', 'strong', /^(please enable javascript to view the )?comments powered by disqus\.?$/i),
  line('comment-form', 'strong', /^(like this:?|like loading\.{0,3}|share this:)$/i),
  // advertisements, players and scripts
  line('ad', 'strong', /^(advertisement|advertising|sponsored( content)?|paid (post|content)|ad)$/i),
  line(
    'ad',
    'strong',
    /^(story|article) continues (below|after) (this )?(advertisement|ad)$|^scroll to continue( with content)?$/i,
  ),
  line('ad', 'strong', /^continue reading (below|the main story)$/i),
  line(
    'player',
    'strong',
    /^(listen to (this|the) (article|story)( \d+ min(utes?)?)?|audio is not supported.*|your browser does not support the (video|audio)( tag| element)?\.?)$/i,
  ),
  line(
    'player',
    'strong',
    /^(please )?enable javascript\b.{0,80}$|^(loading|link copied|copy link|click to expand)(\.{3}|…|!)?$/i,
  ),
  line('player', 'weak', /^(video|watch video|play|pause|replay|watch|listen|audio)$/i),
  line(
    'report',
    'strong',
    /^(report an error|report a correction|suggest a correction|submit a correction|report this (ad|comment))$/i,
  ),
  // ad-blocker, cookie, newsletter and subscription prompts
  line('adblock', 'strong', /^ad-? ?block(er)? detected[.!]?$/i),
  line(
    'adblock',
    'strong',
    /^please (support us by )?(disabl|turn(ing)? off|whitelist|allow|pause)\w*\b.{0,40}\bad-? ?block/i,
  ),
  line(
    'adblock',
    'strong',
    /^(we|it looks like) (noticed|detected|see)? ?(that )?you('re| are) using an? ad-? ?block/i,
  ),
  line('cookie', 'strong', /^(this (web)?site|we) uses? cookies\b/i),
  line('cookie', 'strong', /^(accept|allow|reject) (all )?cookies$|^cookie (policy|settings|preferences)$/i),
  line('newsletter', 'strong', /^(sign up|subscribe) (to|for) (our|the) .{0,40}newsletters?\b.{0,60}$/i),
  line(
    'newsletter',
    'strong',
    /^get (the latest|our|breaking) .{0,60}\b(delivered )?(straight |directly )?to your inbox\b.{0,30}$/i,
  ),
  line(
    'newsletter',
    'strong',
    /^(enter your e-?mail( address)?|thank you for subscribing[.!]?|already a subscriber\?.{0,30})$/i,
  ),
  line(
    'newsletter',
    'strong',
    /^(subscribe|sign up) (now|today|here)[.!]?$|^support (our|independent) journalism[.!]?$/i,
  ),
  // share, related and read-more widgets
  line('share', 'strong', /^share (this|the) (article|story|post|page)[:!]?$|^share (on|via) \w+[:!]?$/i),
  { name: 'share', strength: 'strong', test: shareButtons },
  line('share', 'weak', /^(share|tweet|print|email|e-mail|copy link)[:!]?$/i),
  line(
    'share',
    'weak',
    /^(facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|messenger|flipboard|bluesky)$/i,
  ),
  line(
    'related',
    'strong',
    /^(you (may|might) also (like|enjoy|be interested in)|related (articles?|posts?|stories|news|coverage|content|topics)|recommended (for you|stories|articles|reading)|more (stories|news|articles) (from|like this).{0,40}|most (popular|read|viewed)|trending( now| stories)?|don'?t miss|more from (this|the) author|also read|read also|see also|further reading|what to read next|keep reading)[:!]?$/i,
  ),
  line(
    'related',
    'strong',
    /^(read more|read also|also read|related|see also|watch|listen)\s*[:|»›]\s*\S.{0,160}$/i,
  ),
  line(
    'related',
    'weak',
    /^(related|read more|more|recommended|next|previous|next article|previous article)[:!.…]?$/i,
  ),
  // breadcrumbs, read time, image placeholders, menus
  line('read-time', 'strong', /^[·•|\-–—]?\s*\d{1,3}\s*(min|mins|minutes?)\.?\s*(read|reading)( time)?$/i),
  line('read-time', 'strong', /^(estimated )?(reading|read) time\s*:?\s*\d{1,3}\s*(min|mins|minutes?)\.?$/i),
  line(
    'image',
    'strong',
    /^(article|featured|main|lead|hero|post|header|cover|thumbnail|teaser|story)\s+(picture|image|photo|img)$/i,
  ),
  line(
    'image',
    'strong',
    /^(images?|photos?|photographs?|pictures?|photo credits?|image credits?|image source|photo source|credits?|photo illustration|file photo)\s*[:：|]\s*\S.{0,160}$/i,
  ),
  line('image', 'strong', /^\(?(photo|image|picture)s? (by|courtesy of|credit) [^.]{1,100}\)?$/i),
  line(
    'image',
    'strong',
    /^(hide caption|toggle caption|enlarge this image|expand image|view gallery|open gallery)$/i,
  ),
  line('image', 'strong', /^\(?(getty images|afp via getty images|shutterstock|istock)\)?$/i),
  line('image', 'strong', /^\(?[\w.]+ (photo|images?)\s*\/\s*[^.]{1,60}\)?$/i),
  line('menu', 'strong', /^(main|primary|secondary|top|site|mobile|footer|header) (menu|navigation|nav)$/i),
  line('menu', 'strong', /^(skip to (main )?content|toggle navigation|open menu|close menu|back to top)$/i),
  line(
    'menu',
    'weak',
    /^(menu|search|close|navigation|sign in|log in|login|register|subscribe|home|sections|topics)$/i,
  ),
  // trailing site chrome
  line(
    'footer',
    'strong',
    /^(©|\(c\)|copyright ©|copyright \d{4}).{0,150}$|^.{0,120}\ball rights reserved\.?$/i,
  ),
  line('footer', 'strong', /^follow us on\b.{0,80}$/i),
  line(
    'footer',
    'weak',
    /^(terms of (use|service)|privacy( policy)?|contact( us)?|about( us)?|advertise( with us)?)$/i,
  ),
  line('footer', 'weak', /^(tags?|filed under|posted in|categories|category|topics)\s*:.{0,160}$/i),
  // stray fragments
  line('fragment', 'strong', /^[\p{P}\p{S}\s]{1,40}$/u),
  line('fragment', 'weak', /^\d{1,4}$/),
  { name: 'fragment', strength: 'strong', test: orphanQuoteTail },
];

/** The first rule a unit's text matches, or null. Table rows are content by construction. */
export function chromeRule(u: Unit): ChromeRule | null {
  if (u.kind === 'table-row' || u.text.length > MAX_CHROME) return null;
  for (const r of CHROME_RULES) if (r.test(u.text, u)) return r;
  return null;
}
