import { z } from 'zod';
import { defineKind, questionBase } from './base.ts';
import { buildOptions, checkOptions, choiceOptions, optionsAnsweredAgainst } from './choice.ts';

/** Select every option that applies. */
export const multiple = defineKind({
	schema: z
		.strictObject({ ...questionBase, kind: z.literal('multiple'), options: choiceOptions })
		.superRefine((q, ctx) => {
			checkOptions(q.options, ctx);
			if (!q.options.some((o) => o.correct))
				ctx.addIssue({
					code: 'custom',
					path: ['options'],
					message: 'a multiple-select question needs at least one correct option'
				});
		}),
	build: (input, tools) => ({ options: buildOptions(input.options, tools) }),
	answeredAgainst: (input) => optionsAnsweredAgainst(input.options),
	minutes: 1
});
