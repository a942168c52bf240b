// The cleaner's working form: one unit per future block, so rules see lines and structure together.
import type { Block } from '../../model/document.ts';

export interface Unit {
  kind: Block['kind'];
  level: number;
  text: string;
  /** Table rows: cell texts, in order; the row text is rebuilt from them. */
  cells?: string[];
  /** A blank line (or a dropped unit) stands before this unit in the source. */
  gapBefore: boolean;
  /** Plain-text paragraphs whose kind (heading or paragraph) is still to be decided from their shape. */
  inferKind?: boolean;
}

export const unit = (kind: Block['kind'], text: string, gapBefore: boolean, level = 0): Unit => ({
  kind,
  level,
  text,
  gapBefore,
});

export const wordCount = (s: string): number => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};

/** Ends like a sentence: terminal punctuation, possibly inside closing quotes or brackets. */
export const endsLikeSentence = (s: string): boolean => /[.!?…]["'”’)\]]*$/.test(s);

/** A complete prose sentence or more: what an article is made of, and what chrome rarely looks like. */
export const isProse = (u: Unit): boolean =>
  (u.kind === 'paragraph' || u.kind === 'list-item' || u.kind === 'quote') &&
  endsLikeSentence(u.text) &&
  wordCount(u.text) >= 8;
