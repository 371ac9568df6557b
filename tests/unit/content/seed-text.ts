import { createHash } from 'node:crypto';

/** Words of a text, folded so that case, accents and punctuation do not hide a copied run. */
export function words(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.split(/\s+/)
		.filter(Boolean);
}

/** Short hashes of every run of `n` consecutive words. */
export function runHashes(text: string, n = 12): Set<string> {
	const list = words(text);
	const hashes = new Set<string>();
	for (let i = 0; i + n <= list.length; i++) {
		hashes.add(
			createHash('sha256')
				.update(list.slice(i, i + n).join(' '))
				.digest('hex')
				.slice(0, 16)
		);
	}
	return hashes;
}
