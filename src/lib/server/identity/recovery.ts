import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `groups` groups of four characters: 20 random bits a group. */
function mintCode(groups: number): string {
	let bits = 0n;
	for (const byte of randomBytes(Math.ceil((groups * 20) / 8))) bits = (bits << 8n) | BigInt(byte);
	let out = '';
	for (let i = 0; i < groups * 4; i++) {
		out = alphabet[Number(bits & 31n)] + out;
		bits >>= 5n;
	}
	return out.match(/.{4}/g)!.join('-');
}

/** A code as stored, from what someone typed: case, spaces, dashes and look-alikes folded. */
function normalizeCode(input: string, groups: number): string | undefined {
	const folded = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
	if (folded.length !== groups * 4 || !/^[0-9A-HJKMNP-TV-Z]+$/.test(folded)) return undefined;
	return folded.match(/.{4}/g)!.join('-');
}

/** 80 random bits as 16 characters in groups of four: `7K3M-Q9TX-2BWD-HN4R`. */
export const mintRecoveryCode = () => mintCode(4);

/** The recovery code as stored, from what a learner typed. */
export const normalizeRecoveryCode = (input: string) => normalizeCode(input, 4);

/**
 * A class's join code: 40 random bits as `K7QM-3TXD`, short enough to write on a board. Guessing
 * one gains a stranger only a seat in a class, where they see nobody's answers.
 */
export const mintJoinCode = () => mintCode(2);

export const normalizeJoinCode = (input: string) => normalizeCode(input, 2);
