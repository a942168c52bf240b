// How much of one document cleaning reads and later stages analyse. Far above any real article, these bound the
// work a hostile or broken input can cause; what is cut is said in an issue and on the document (Document.cut).
import type { Block } from '../model/document.ts';

/** Characters of HTML parsed: real pages, scripts and all, stay under a few megabytes. */
export const MAX_HTML_CHARS = 5_000_000;
/** Tags parsed: a long article page has a few thousand, a heavy one up to fifteen thousand. */
export const MAX_HTML_TAGS = 30_000;
/** Open elements at once, counted before parsing (elements whose end tag is optional are not counted). */
export const MAX_HTML_DEPTH = 1_000;
/** Characters of plain text or Markdown cleaned. */
export const MAX_BODY_CHARS = 1_000_000;
/** Characters of cleaned article text kept and analysed: a long feature runs to 60,000. */
export const MAX_TEXT_CHARS = 100_000;

export interface Bounded {
  text: string;
  /** Why the input was cut, when it was. */
  cut?: string;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>/g;
// Void elements never close; these close implicitly, so real pages leave them open by the thousand.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd option optgroup tr td th tbody thead tfoot colgroup rp rt'.split(
    ' ',
  ),
);

/** The HTML up to the first point past a budget (characters, tags, nesting), and which budget cut it. */
export function boundHtml(html: string): Bounded {
  let text = html;
  let cut: string | undefined;
  if (text.length > MAX_HTML_CHARS) {
    text = text.slice(0, MAX_HTML_CHARS);
    cut = `only the first ${MAX_HTML_CHARS} of ${html.length} characters of HTML were read`;
  }
  let tags = 0;
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    tags++;
    const name = m[2]!.toLowerCase();
    if (!NOT_NESTING.has(name) && !m[3]) depth += m[1] ? -1 : 1;
    if (depth < 0) depth = 0;
    if (tags > MAX_HTML_TAGS || depth > MAX_HTML_DEPTH) {
      const what = tags > MAX_HTML_TAGS ? `${MAX_HTML_TAGS} tags` : `elements nested ${MAX_HTML_DEPTH} deep`;
      return { text: text.slice(0, m.index), cut: `the HTML was read up to ${what}` };
    }
  }
  return cut ? { text, cut } : { text };
}

/** Plain text or Markdown up to the character budget, cut at a line break where there is one. */
export function boundBody(body: string): Bounded {
  if (body.length <= MAX_BODY_CHARS) return { text: body };
  const at = body.lastIndexOf('\n', MAX_BODY_CHARS);
  const text = body.slice(0, at > MAX_BODY_CHARS / 2 ? at : MAX_BODY_CHARS);
  return { text, cut: `only the first ${text.length} of ${body.length} characters were read` };
}

/** Cleaned text and its blocks up to the analysis budget: whole blocks, the last one cut at a word. */
export function boundText(text: string, blocks: Block[]): { text: string; blocks: Block[]; cut?: string } {
  if (text.length <= MAX_TEXT_CHARS) return { text, blocks };
  const space = text.lastIndexOf(' ', MAX_TEXT_CHARS);
  const end = space > MAX_TEXT_CHARS / 2 ? space : MAX_TEXT_CHARS;
  const kept = blocks
    .filter((b) => b.start < end)
    .map((b) =>
      b.end <= end ? b : { ...b, end, ...(b.cells ? { cells: b.cells.filter((c) => c.end <= end) } : {}) },
    );
  const last = kept[kept.length - 1];
  const cutText = text.slice(0, last ? last.end : end).trimEnd();
  const fixed = kept.map((b) => (b.end > cutText.length ? { ...b, end: cutText.length } : b));
  return {
    text: cutText,
    blocks: fixed.filter((b) => b.end > b.start),
    cut: `only the first ${cutText.length} of ${text.length} characters of article text are analysed`,
  };
}
