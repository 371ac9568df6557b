import { z } from 'zod';
import { text } from '../schema.ts';
import { defineKind, questionBase } from './base.ts';

/** Type a word or phrase. */
export const short = defineKind({
	schema: z.strictObject({
		...questionBase,
		kind: z.literal('short'),
		accept: z
			.array(z.union([text, z.number().transform(String)]))
			.min(1, 'list at least one accepted answer')
	}),
	/** Accepted answers as written by the author. */
	build: (input) => ({ accept: input.accept }),
	answeredAgainst: (input) => input.accept,
	minutes: 0.75
});
