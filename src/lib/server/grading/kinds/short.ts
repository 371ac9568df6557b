import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { m } from '$lib/i18n';
import { maxTextLength, textField } from '$lib/quiz/kinds/short';
import type { ServerKind } from './base.ts';
import { unexpected } from './base.ts';

const articles = new Set(['the', 'a', 'an']);

/**
 * Folds what a learner types so that case, accents, spacing, punctuation and articles do not
 * matter: "C.S.T.O." and "csto", "Nur-Sultan" and "nur sultan", "Gorbachëv" and "Gorbachev",
 * "the CIS" and "CIS" compare equal.
 */
export function normalizeAnswer(text: string): string {
	const words = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	return (words.length > 1 ? words.filter((w) => !articles.has(w)) : words).join('');
}

/**
 * Letters a learner may get wrong in an answer this long (after folding): none in a short word
 * or a number, one in a surname, two or three in a long name. A slip of spelling is not a gap in
 * knowledge; a different word is.
 */
export function tolerance(length: number): number {
	return length <= 4 ? 0 : length <= 8 ? 1 : length <= 14 ? 2 : 3;
}

/**
 * How a typed answer compares with the accepted ones: `right` (exactly, or within the spelling
 * tolerance), `close` (a couple of letters beyond it: worth a second look before it is graded) or
 * `wrong`. Digits must always match exactly: 1981 is not 1982.
 */
export function compareShort(accept: readonly string[], text: string): 'right' | 'close' | 'wrong' {
	const given = normalizeAnswer(text);
	if (given === '') return 'wrong';
	let close = false;
	for (const accepted of accept) {
		const wanted = normalizeAnswer(accepted);
		if (wanted === given) return 'right';
		if (digits(wanted) !== digits(given)) continue;
		const allowed = tolerance(wanted.length);
		const edits = distance(wanted, given);
		if (edits <= allowed) return 'right';
		if (allowed > 0 && edits <= allowed + 2) close = true;
	}
	return close ? 'close' : 'wrong';
}

function digits(text: string): string {
	return text.replace(/\D/g, '');
}

export const short: ServerKind<'short'> = {
	answer: z.strictObject({ kind: z.literal('short'), text: z.string().max(maxTextLength) }),
	fromForm(question, fields) {
		const bad = unexpected(fields, (name) => name === textField);
		if (bad) return bad;
		const text = fields.one(textField);
		if (text === undefined) return { error: m.errors.oneField(textField) };
		if (text.trim() === '') return { error: m.errors.typeAnswer, incomplete: true };
		if (text.length > maxTextLength) return { error: m.errors.tooLong(maxTextLength) };
		// Not graded yet: a near miss gets a second look, without giving the answer away.
		if (compareShort(question.accept, text) === 'close')
			return { error: m.errors.checkSpelling(text.trim()), incomplete: true };
		return { answer: { kind: 'short', text } };
	},
	check: (_question, answer) => ({ answer }),
	grade(question, answer) {
		const correct = compareShort(question.accept, answer.text) === 'right';
		return { earned: correct ? 1 : 0, total: 1, correct, parts: {} };
	},
	reveal: (question) => ({ key: {}, feedback: {}, accepted: question.accept }),
	empty: () => ({ kind: 'short', text: '' })
};
