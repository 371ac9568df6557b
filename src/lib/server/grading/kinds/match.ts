import { z } from 'zod';
import { m } from '$lib/i18n';
import { matchPrefix } from '$lib/quiz/kinds/match';
import type { ServerKind } from './base.ts';
import { scoreOf } from './base.ts';
import { checkMap, mapFromForm } from './pairs.ts';

const id = z.string().max(64);
const unfinished = m.errors.matchEvery;

export const match: ServerKind<'match'> = {
	answer: z.strictObject({ kind: z.literal('match'), pairs: z.record(id, id) }),
	fromForm(question, fields) {
		const parsed = mapFromForm(fields, matchPrefix, question.pairs.length, unfinished);
		return 'answer' in parsed
			? match.check(question, { kind: 'match', pairs: parsed.answer })
			: parsed;
	},
	check(question, answer) {
		const lefts = question.pairs.map((p) => p.left.id);
		const rights = question.pairs.map((p) => p.right.id);
		return checkMap(answer.pairs, lefts, rights, question.id, unfinished) ?? { answer };
	},
	/** Each left side matched to its own right side earns a point. */
	grade: (question, answer) =>
		scoreOf(
			Object.fromEntries(
				question.pairs.map((pair) => [pair.left.id, answer.pairs[pair.left.id] === pair.right.id])
			)
		),
	reveal: (question) => ({
		key: Object.fromEntries(question.pairs.map((pair) => [pair.left.id, pair.right.id])),
		feedback: {}
	}),
	empty: () => ({ kind: 'match', pairs: {} })
};
