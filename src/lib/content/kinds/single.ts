import { z } from 'zod';
import { defineKind, questionBase } from './base.ts';
import { buildOptions, checkOptions, choiceOptions, optionsAnsweredAgainst } from './choice.ts';

/** One right answer among options; true/false is a single question with two options. */
export const single = defineKind({
	schema: z
		.strictObject({ ...questionBase, kind: z.literal('single'), options: choiceOptions })
		.superRefine((q, ctx) => {
			const correct = q.options.filter((o) => o.correct).length;
			if (correct !== 1)
				ctx.addIssue({
					code: 'custom',
					path: ['options'],
					message: `a single-choice question needs exactly one correct option, found ${correct}`
				});
			checkOptions(q.options, ctx);
		}),
	build: (input, tools) => ({ options: buildOptions(input.options, tools) }),
	answeredAgainst: (input) => optionsAnsweredAgainst(input.options),
	minutes: 0.75
});
