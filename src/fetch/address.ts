// Which IP addresses a fetch may connect to: only public unicast ones, unless private hosts are allowed.
// IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4, compatible) are judged by that address.
import { isIP } from 'node:net';

interface V4Range {
  base: number;
  bits: number;
  why: string;
}

const cidr4 = (a: string, bits: number, why: string): V4Range => ({ base: parseV4(a)!, bits, why });

const V4_RANGES: V4Range[] = [
  cidr4('0.0.0.0', 8, 'an unspecified "this network" address'),
  cidr4('10.0.0.0', 8, 'a private address'),
  cidr4('100.64.0.0', 10, 'a carrier-grade NAT address'),
  cidr4('127.0.0.0', 8, 'a loopback address'),
  cidr4('169.254.0.0', 16, 'a link-local address'),
  cidr4('172.16.0.0', 12, 'a private address'),
  cidr4('192.0.0.0', 24, 'an IETF protocol address'),
  cidr4('192.0.2.0', 24, 'a documentation address'),
  cidr4('192.168.0.0', 16, 'a private address'),
  cidr4('198.18.0.0', 15, 'a benchmarking address'),
  cidr4('198.51.100.0', 24, 'a documentation address'),
  cidr4('203.0.113.0', 24, 'a documentation address'),
  cidr4('224.0.0.0', 4, 'a multicast address'),
  cidr4('240.0.0.0', 4, 'a reserved or broadcast address'),
];

export function parseV4(s: string): number | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = n * 256 + Number(p);
  }
  return n;
}

/** The 8 groups of an IPv6 address (zone id dropped, trailing dotted IPv4 allowed), or null. */
export function parseV6(s: string): number[] | null {
  const addr = s.replace(/%.*$/, '').toLowerCase();
  if (isIP(addr) !== 6) return null;
  let tail: number[] = [];
  let head = addr;
  const dotted = addr.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const v4 = parseV4(dotted[1]!)!;
    tail = [Math.floor(v4 / 65536), v4 % 65536];
    head = addr.slice(0, -dotted[1]!.length);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const [left, right] = head.split('::') as [string, string | undefined];
  const groups = (part: string) => (part ? part.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const l = groups(left);
  const r = [...groups(right ?? ''), ...tail];
  if (right === undefined) return [...l, ...r];
  return [...l, ...new Array(8 - l.length - r.length).fill(0), ...r];
}

function v4Refusal(n: number): string | null {
  for (const r of V4_RANGES) {
    const size = 2 ** (32 - r.bits);
    if (Math.floor(n / size) === Math.floor(r.base / size)) return r.why;
  }
  return null;
}

const v4From = (hi: number, lo: number): number => hi * 65536 + lo;

function v6Refusal(g: number[]): string | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, h = 0, i = 0] = g;
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(8)) return 'the unspecified address';
  if (zeroTo(7) && i === 1) return 'a loopback address';
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64) carry an IPv4 address
  if (zeroTo(5) && f === 0xffff) return prefixed('IPv4-mapped', v4Refusal(v4From(h, i)));
  if (zeroTo(6)) return prefixed('IPv4-compatible', v4Refusal(v4From(h, i)));
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) {
    return prefixed('NAT64', v4Refusal(v4From(h, i)));
  }
  if (a === 0x2002) return prefixed('6to4', v4Refusal(v4From(b, c)));
  if ((a & 0xfe00) === 0xfc00) return 'a unique-local address';
  if ((a & 0xffc0) === 0xfe80) return 'a link-local address';
  if ((a & 0xffc0) === 0xfec0) return 'a site-local address';
  if ((a & 0xff00) === 0xff00) return 'a multicast address';
  if (a === 0x2001 && b === 0x0db8) return 'a documentation address';
  if (a === 0x0100 && zeroTo(4)) return 'a discard-only address';
  return null;
}

function prefixed(kind: string, why: string | null): string | null {
  return why ? `${why} (${kind})` : null;
}

/** Why this address is not a public one, or null when it is. Anything unparsable is refused. */
export function addressRefusal(address: string): string | null {
  const v4 = parseV4(address);
  if (v4 !== null) return v4Refusal(v4);
  const v6 = parseV6(address);
  if (v6 && v6.length === 8) return v6Refusal(v6);
  return 'not an IP address';
}

export function isLoopback(address: string): boolean {
  const why = addressRefusal(address);
  return why?.startsWith('a loopback address') ?? false;
}
