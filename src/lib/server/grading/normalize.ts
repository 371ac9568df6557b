/**
 * Folds what a learner types so that case, accents, spacing and punctuation do not matter:
 * "C.S.T.O." and "csto", "Nur-Sultan" and "nur sultan", "Gorbachëv" and "Gorbachev" compare equal.
 */
export function normalizeAnswer(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, '');
}
