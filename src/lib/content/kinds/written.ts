import { z } from 'zod';
import { text } from '../schema.ts';
import { defineKind, distinct, questionBase } from './base.ts';

/**
 * A written response: the learner writes, saves, then compares their text with a rubric and a
 * model answer and rates it against each point of the rubric. Never marked right or wrong.
 */
export const written = defineKind({
	schema: z.strictObject({
		...questionBase,
		kind: z.literal('written'),
		/** What a good answer does, one point each; the learner rates their answer against them. */
		rubric: z
			.array(text)
			.min(1, 'give at least one point of the rubric')
			.superRefine((points, ctx) => distinct('rubric point', points, ctx)),
		/** A model answer, in markdown, shown after the learner has saved theirs. */
		model: text
	}),
	build: (input, { inline, block, partId }) => ({
		rubric: input.rubric.map((point) => ({ id: partId(`rubric:${point}`), html: inline(point) })),
		modelHtml: block(input.model)
	}),
	answeredAgainst: (input) => input.rubric,
	minutes: 10,
	graded: false
});
