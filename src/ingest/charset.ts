// Decoding bytes to text: a BOM, then valid UTF-8, then what the transport or the document declares,
// then a statistical guess; only confident guesses are accepted, so mojibake never reaches the pipeline.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { type Issue, issue } from '../model/issue.ts';

export interface Decoded {
  text: string;
  charset: string;
}

const HEAD = 4096;
const CT_CHARSET = /charset\s*=\s*["']?\s*([\w.:-]+)/i;
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i;
const MIN_GUESS_CONFIDENCE = 30;
const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/** WHATWG: documents labelled latin-1 or ASCII are decoded as windows-1252, which is what authors meant. */
function normaliseLabel(label: string): string {
  const l = label.toLowerCase();
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'us-ascii' || l === 'ascii' || l === 'iso8859-1') {
    return 'windows-1252';
  }
  if (l === 'utf8') return 'utf-8';
  return l;
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return null;
}

export function hasBom(bytes: Uint8Array): boolean {
  return bomCharset(bytes) !== null;
}

/** The charset the transport or the document itself declares, if iconv-lite knows it. */
function declaredCharset(bytes: Uint8Array, contentType: string | undefined): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEAD)).toString('latin1');
  const found =
    contentType?.match(CT_CHARSET)?.[1] ?? head.match(XML_ENCODING)?.[1] ?? head.match(META_CHARSET)?.[1];
  if (!found) return null;
  const label = normaliseLabel(found);
  return iconv.encodingExists(label) ? label : null;
}

/** The text when the bytes are valid UTF-8, else null (one pass: the check is the decoding). */
function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return null;
  }
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), charset, { stripBOM: true });
}

/** Decode bytes to text, or say (as an error issue) why no charset explains them. */
export function decodeText(
  bytes: Uint8Array,
  contentType: string | undefined,
  where: string,
): { value: Decoded | null; issues: Issue[] } {
  const bom = bomCharset(bytes);
  if (bom) return { value: { text: decodeWith(bytes, bom.charset), charset: bom.charset }, issues: [] };
  const declared = declaredCharset(bytes, contentType);
  // valid UTF-8 with non-ASCII bytes is almost never meant as anything else: a label saying otherwise is wrong
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) {
    const mislabelled = declared !== null && declared !== 'utf-8' && /[^\x00-\x7f]/.test(utf8);
    const note = issue(
      'ingest.charset-mismatch',
      `${where} declares ${declared} but is valid UTF-8; read as UTF-8`,
      where,
      'info',
    );
    return { value: { text: utf8, charset: 'utf-8' }, issues: mislabelled ? [note] : [] };
  }
  // a page declaring UTF-8 that is not valid UTF-8 is mislabelled: fall through to the guess
  if (declared && declared !== 'utf-8') {
    return { value: { text: decodeWith(bytes, declared), charset: declared }, issues: [] };
  }
  const best = chardet.analyse(bytes)[0];
  const guess = best ? normaliseLabel(best.name) : null;
  if (
    best &&
    guess &&
    guess !== 'utf-8' &&
    best.confidence >= MIN_GUESS_CONFIDENCE &&
    iconv.encodingExists(guess)
  ) {
    const note = issue(
      'ingest.charset-guessed',
      `${where} is not UTF-8 and declares no charset; decoded as ${guess} (confidence ${best.confidence}%)`,
      where,
      'info',
    );
    return { value: { text: decodeWith(bytes, guess), charset: guess }, issues: [note] };
  }
  const msg = `${where} is not valid UTF-8 and no charset explains its bytes; save it as UTF-8 or declare its charset`;
  return { value: null, issues: [issue('ingest.encoding', msg, where, 'error')] };
}
