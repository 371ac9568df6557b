import { z } from 'zod';
import { m } from '$lib/i18n';
import { maxTextLength, textField } from '$lib/quiz/kinds/short';
import type { ServerKind } from './base.ts';
import { unexpected } from './base.ts';

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

export const short: ServerKind<'short'> = {
	answer: z.strictObject({ kind: z.literal('short'), text: z.string().max(maxTextLength) }),
	fromForm(question, fields) {
		const bad = unexpected(fields, (name) => name === textField);
		if (bad) return bad;
		const text = fields.one(textField);
		if (text === undefined) return { error: m.errors.oneField(textField) };
		if (text.trim() === '') return { error: m.errors.typeAnswer, incomplete: true };
		if (text.length > maxTextLength) return { error: m.errors.tooLong(maxTextLength) };
		return { answer: { kind: 'short', text } };
	},
	check: (_question, answer) => ({ answer }),
	grade(question, answer) {
		const given = normalizeAnswer(answer.text);
		const correct = given !== '' && question.accept.some((text) => normalizeAnswer(text) === given);
		return { earned: correct ? 1 : 0, total: 1, correct, parts: {} };
	},
	reveal: (question) => ({ key: {}, feedback: {}, accepted: question.accept[0] })
};
