// Binary inputs are refused early, by magic number when known (clearer message) or by control-byte density.

const SAMPLE = 64 * 1024;

const MAGIC: { name: string; bytes: number[] }[] = [
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a ZIP archive (or an office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a WebP or RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'an executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** What binary format the bytes start with, if a known one. */
export function knownBinary(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    if (m.bytes.every((b, i) => bytes[i] === b)) return m.name;
  }
  return null;
}

/** Why the bytes are not text (NUL or many control bytes), or null when they may be. UTF-16 must be checked first. */
export function binaryReason(bytes: Uint8Array): string | null {
  const known = knownBinary(bytes);
  if (known) return `it is ${known}, not text`;
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return `it contains NUL bytes (offset ${i}), so it is binary, not text`;
    // tab, LF, VT, FF, CR and ESC (ISO-2022 escapes) occur in text; other C0 bytes do not
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b)
      controls++;
  }
  if (controls > 0 && controls * 100 > n)
    return `${controls} control bytes in the first ${n}: binary, not text`;
  return null;
}
