import { z } from 'zod';
import { text } from '../schema.ts';
import { defineKind, distinct, questionBase } from './base.ts';

/** Match each left side to its right side. */
export const match = defineKind({
	schema: z.strictObject({
		...questionBase,
		kind: z.literal('match'),
		pairs: z
			.array(z.strictObject({ left: text, right: text }))
			.min(2, 'give at least two pairs')
			.superRefine((pairs, ctx) => {
				distinct(
					'left side',
					pairs.map((p) => p.left),
					ctx
				);
				distinct(
					'right side',
					pairs.map((p) => p.right),
					ctx
				);
			})
	}),
	build: (input, { inline, partId }) => ({
		/** Right sides are plain text: they are shown inside a <select>. */
		pairs: input.pairs.map((pair) => ({
			left: { id: partId(`left:${pair.left}`), html: inline(pair.left) },
			right: { id: partId(`right:${pair.right}`), text: pair.right }
		}))
	}),
	answeredAgainst: (input) => input.pairs,
	minutes: 1.5
});
