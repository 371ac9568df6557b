import { z } from 'zod';
import { text } from '../schema.ts';
import { defineKind, distinct, questionBase } from './base.ts';

/** Put items in chronological or logical order; the author writes them in the right order. */
export const order = defineKind({
	schema: z.strictObject({
		...questionBase,
		kind: z.literal('order'),
		items: z
			.array(text)
			.min(2, 'give at least two items')
			.superRefine((items, ctx) => distinct('item', items, ctx))
	}),
	build: (input, { inline, partId }) => ({
		/** In the right order. */
		items: input.items.map((item) => ({ id: partId(item), html: inline(item) }))
	}),
	answeredAgainst: (input) => input.items,
	minutes: 1.5
});
