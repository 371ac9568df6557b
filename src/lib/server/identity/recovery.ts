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
