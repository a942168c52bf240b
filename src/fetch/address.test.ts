import { describe, expect, it } from 'vitest';
import { addressRefusal, parseV6 } from './address.ts';

describe('addressRefusal', () => {
  it('lets public addresses through', () => {
    for (const a of [
      '93.184.216.34',
      '8.8.8.8',
      '172.32.0.1',
      '100.128.0.1',
      '2606:4700::1111',
      '2a00:1450:4001::200e',
    ]) {
      expect(addressRefusal(a), a).toBeNull();
    }
  });

  it('refuses private, loopback, link-local, CGNAT, unspecified, multicast and reserved IPv4', () => {
    const cases: [string, RegExp][] = [
      ['10.1.2.3', /private/],
      ['172.16.0.1', /private/],
      ['172.31.255.255', /private/],
      ['192.168.1.1', /private/],
      ['100.64.0.1', /carrier-grade/],
      ['100.127.255.255', /carrier-grade/],
      ['127.0.0.1', /loopback/],
      ['127.200.1.1', /loopback/],
      ['169.254.169.254', /link-local/],
      ['0.0.0.0', /unspecified/],
      ['224.0.0.1', /multicast/],
      ['255.255.255.255', /broadcast/],
    ];
    for (const [a, why] of cases) expect(addressRefusal(a), a).toMatch(why);
  });

  it('refuses IPv6 loopback, unique-local, link-local, multicast and unspecified', () => {
    expect(addressRefusal('::1')).toMatch(/loopback/);
    expect(addressRefusal('::')).toMatch(/unspecified/);
    expect(addressRefusal('fc00::1')).toMatch(/unique-local/);
    expect(addressRefusal('fd12:3456::1')).toMatch(/unique-local/);
    expect(addressRefusal('fe80::1%eth0')).toMatch(/link-local/);
    expect(addressRefusal('febf::1')).toMatch(/link-local/);
    expect(addressRefusal('ff02::1')).toMatch(/multicast/);
  });

  it('judges IPv6 forms that carry an IPv4 address by that address', () => {
    expect(addressRefusal('::ffff:127.0.0.1')).toMatch(/loopback.*mapped/);
    expect(addressRefusal('::ffff:7f00:1')).toMatch(/loopback/);
    expect(addressRefusal('::ffff:10.0.0.1')).toMatch(/private/);
    expect(addressRefusal('::ffff:8.8.8.8')).toBeNull();
    expect(addressRefusal('64:ff9b::192.168.0.1')).toMatch(/NAT64/);
    expect(addressRefusal('2002:c0a8:0101::1')).toMatch(/6to4/);
    expect(addressRefusal('2002:0808:0808::1')).toBeNull();
  });

  it('refuses what is not an address', () => {
    expect(addressRefusal('example.com')).toBe('not an IP address');
    expect(addressRefusal('1.2.3')).toBe('not an IP address');
  });

  it('expands :: and dotted tails', () => {
    expect(parseV6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    expect(parseV6('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
  });
});
