// Removes what Readability leaves of page furniture: share bars, related links, newsletter boxes, ads, comments.
import { isHidden, SKIP_TAGS } from './render.ts';

// Whole tokens of class/id names (split at spaces, '-' and '_'), so "header" never matches "ad".
const FURNITURE = new Set(
  (
    'share sharing sharebar shares social socials related newsletter newsletters subscribe subscription signup ' +
    'promo promos promotion advert advertisement ad ads adslot adunit sponsor sponsored cookie cookies breadcrumb ' +
    'breadcrumbs comments comment disqus outbrain taboola recirc recirculation trending popular toolbar tags ' +
    'tagline skip sr screenreader visually offscreen widget rating donate paywall modal popup overlay print ' +
    'follow more recommended readmore caption captions credit credits gallery slideshow carousel lightbox figcaption'
  ).split(' '),
);
const ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'dialog', 'alert', 'search']);
// Page furniture by element; pruned unless it wraps the article (some sites put the whole page in a form).
const FURNITURE_TAGS = new Set(['nav', 'aside', 'form', 'dialog', 'menu', 'figcaption']);
const SPLIT = /[\s_-]+/;
// A matched box holding this share of the article is the article's own wrapper, not furniture.
const WRAPPER_SHARE = 0.3;
// A form wraps an article only when it holds real paragraphs; a login or search form never does.
const FORM_ARTICLE_PARAGRAPHS = 2;
const LONG_PARAGRAPH_CHARS = 100;

function looksLikeFurniture(el: Element, tag: string): boolean {
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && ROLES.has(role)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  if (names.length < 2) return false;
  for (const t of names.split(SPLIT)) if (FURNITURE.has(t)) return !el.querySelector('blockquote'); // an embedded post is quoted content
  return false;
}

function formWrapsArticle(form: Element): boolean {
  if (form.querySelector('input[type="password"]')) return false;
  let long = 0;
  for (const p of Array.from(form.getElementsByTagName('p')))
    if ((p.textContent ?? '').length >= LONG_PARAGRAPH_CHARS && ++long >= FORM_ARTICLE_PARAGRAPHS)
      return true;
  return false;
}

/**
 * Detaches furniture inside root, in place; keeps any box that holds more than maxShare of the text.
 * Run on the whole page before Readability (strictly) as well as on its result, because Readability drops the
 * class names of the elements it retags.
 */
export function pruneFurniture(root: Element, maxShare = WRAPPER_SHARE): void {
  const total = (root.textContent ?? '').length || 1;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!el.parentNode) continue;
    const tag = el.localName?.toLowerCase() ?? '';
    if (SKIP_TAGS.has(tag) || isHidden(el)) {
      el.remove();
      continue;
    }
    if (!looksLikeFurniture(el, tag)) continue;
    if (tag === 'form' ? formWrapsArticle(el) : (el.textContent ?? '').length > maxShare * total) continue;
    el.remove();
  }
}
