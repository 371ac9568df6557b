import { z } from 'zod';
import { m } from '$lib/i18n';
import { categoryPrefix } from '$lib/quiz/kinds/categorize';
import type { ServerKind } from './base.ts';
import { scoreOf } from './base.ts';
import { checkMap, mapFromForm } from './pairs.ts';

const id = z.string().max(64);
const unfinished = m.errors.sortEvery;

export const categorize: ServerKind<'categorize'> = {
	answer: z.strictObject({ kind: z.literal('categorize'), placement: z.record(id, id) }),
	fromForm(question, fields) {
		const parsed = mapFromForm(fields, categoryPrefix, question.items.length, unfinished);
		return 'answer' in parsed
			? categorize.check(question, { kind: 'categorize', placement: parsed.answer })
			: parsed;
	},
	check(question, answer) {
		const items = question.items.map((i) => i.id);
		const categories = question.categories.map((c) => c.id);
		return checkMap(answer.placement, items, categories, question.id, unfinished) ?? { answer };
	},
	/** Each item put in its own category earns a point. */
	grade: (question, answer) =>
		scoreOf(
			Object.fromEntries(
				question.items.map((item) => [item.id, answer.placement[item.id] === item.category])
			)
		),
	reveal: (question) => ({
		key: Object.fromEntries(question.items.map((item) => [item.id, item.category])),
		feedback: {}
	}),
	empty: () => ({ kind: 'categorize', placement: {} })
};
