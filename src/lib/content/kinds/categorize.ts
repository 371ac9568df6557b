import { z } from 'zod';
import { text } from '../schema.ts';
import { defineKind, distinct, questionBase } from './base.ts';

/** Sort items into groups. */
export const categorize = defineKind({
	schema: z
		.strictObject({
			...questionBase,
			kind: z.literal('categorize'),
			categories: z
				.array(text)
				.min(2, 'give at least two categories')
				.superRefine((categories, ctx) => distinct('category', categories, ctx)),
			items: z
				.array(z.strictObject({ text: text, category: text }))
				.min(2, 'give at least two items')
		})
		.superRefine((q, ctx) => {
			q.items.forEach((item, i) => {
				if (!q.categories.includes(item.category))
					ctx.addIssue({
						code: 'custom',
						path: ['items', i, 'category'],
						message: `"${item.category}" is not one of the categories (${q.categories.join(', ')})`
					});
			});
		}),
	build: (input, { inline, partId }) => {
		const categories = input.categories.map((label) => ({
			id: partId(`category:${label}`),
			label
		}));
		const idOf = new Map(categories.map((c) => [c.label, c.id]));
		return {
			categories,
			items: input.items.map((item) => ({
				id: partId(`item:${item.text}`),
				html: inline(item.text),
				/** The id of the item's category. */
				category: idOf.get(item.category)!
			}))
		};
	},
	answeredAgainst: (input) => [input.categories, input.items],
	minutes: 1.5
});
