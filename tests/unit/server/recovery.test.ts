import { describe, expect, test } from 'vitest';
import {
	mintJoinCode,
	mintRecoveryCode,
	normalizeJoinCode,
	normalizeRecoveryCode
} from '$lib/server/identity/recovery';
import { networkOf } from '$lib/server/identity/recovery-flow';

describe('recovery codes', () => {
	test('16 characters of Crockford base32 in four groups: 80 bits', () => {
		const code = mintRecoveryCode();
		expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
		expect(new Set(Array.from({ length: 200 }, mintRecoveryCode)).size).toBe(200);
	});

	test('what a learner types is folded to the stored form', () => {
		expect(normalizeRecoveryCode('7k3m q9tx 2bwd hn4r')).toBe('7K3M-Q9TX-2BWD-HN4R');
		expect(normalizeRecoveryCode('OIL0-0000-0000-0000')).toBe('0110-0000-0000-0000');
		expect(normalizeRecoveryCode('too short')).toBeUndefined();
		expect(normalizeRecoveryCode('UUUU-UUUU-UUUU-UUUU')).toBeUndefined();
	});
});

describe('networks, as wrong-code limits count them', () => {
	test('an IPv4 address is its own network, also when written as IPv6', () => {
		expect(networkOf('203.0.113.7')).toBe('203.0.113.7');
		expect(networkOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
	});

	test('an IPv6 address counts by its first 64 bits, however it is written', () => {
		const one = networkOf('2001:db8:0:1:aaaa:bbbb:cccc:dddd');
		expect(one).toBe('2001:db8:0:1::/64');
		expect(networkOf('2001:0db8:0000:0001::1')).toBe(one);
		expect(networkOf('2001:DB8:0:1::ffff')).toBe(one);
		expect(networkOf('2001:db8:0:2::1')).not.toBe(one);
		expect(networkOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
		expect(networkOf('::1')).toBe('0:0:0:0::/64');
	});
});

describe('join codes', () => {
	test('8 characters of Crockford base32 in two groups, folded like recovery codes', () => {
		const code = mintJoinCode();
		expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
		expect(normalizeJoinCode(code.toLowerCase().replace('-', ' '))).toBe(code);
		expect(normalizeJoinCode('k7qm3txd')).toBe('K7QM-3TXD');
		expect(normalizeJoinCode('K7QM-3TXD-0000')).toBeUndefined();
		expect(normalizeRecoveryCode('K7QM-3TXD')).toBeUndefined();
	});
});
