import { describe, expect, test } from 'vitest';
import {
	createRateLimiter,
	mintRecoveryCode,
	normalizeRecoveryCode
} from '$lib/server/identity/recovery';

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

test('the rate limiter blocks after the allowed failures and lets go after the window', () => {
	const limiter = createRateLimiter({ max: 3, windowMs: 1000 });
	for (let i = 0; i < 3; i++) {
		expect(limiter.blockedFor('a', 100 + i)).toBe(0);
		limiter.fail('a', 100 + i);
	}
	expect(limiter.blockedFor('a', 200)).toBe(900);
	expect(limiter.blockedFor('b', 200)).toBe(0);
	expect(limiter.blockedFor('a', 1101)).toBe(0);
});
