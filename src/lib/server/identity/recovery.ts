import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 80 random bits as 16 characters in groups of four: `7K3M-Q9TX-2BWD-HN4R`. */
export function mintRecoveryCode(): string {
	const bytes = randomBytes(10);
	let bits = 0n;
	for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
	let out = '';
	for (let i = 0; i < 16; i++) {
		out = alphabet[Number(bits & 31n)] + out;
		bits >>= 5n;
	}
	return out.match(/.{4}/g)!.join('-');
}

/** The code as stored, from what a learner typed: case, spaces, dashes and look-alikes folded. */
export function normalizeRecoveryCode(input: string): string | undefined {
	const folded = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
	if (!/^[0-9A-HJKMNP-TV-Z]{16}$/.test(folded)) return undefined;
	return folded.match(/.{4}/g)!.join('-');
}

/**
 * Counts failed attempts per client in a sliding window. In memory: one server process, and a
 * restart forgetting the count costs an attacker nothing they could use (the window is short).
 */
export function createRateLimiter({ max, windowMs }: { max: number; windowMs: number }) {
	const failures = new Map<string, number[]>();
	const recent = (key: string, now: number) =>
		(failures.get(key) ?? []).filter((time) => now - time < windowMs);
	return {
		/** Milliseconds until `key` may try again, or 0 when it may now. */
		blockedFor(key: string, now = Date.now()): number {
			const times = recent(key, now);
			failures.set(key, times);
			return times.length >= max ? windowMs - (now - times[0]!) : 0;
		},
		fail(key: string, now = Date.now()): void {
			failures.set(key, [...recent(key, now), now]);
			if (failures.size > 10_000) {
				for (const [k, times] of failures)
					if (!times.some((t) => now - t < windowMs)) failures.delete(k);
			}
		}
	};
}

/** Wrong recovery codes: five tries per client per fifteen minutes. */
export const recoveryLimiter = createRateLimiter({ max: 5, windowMs: 15 * 60_000 });
