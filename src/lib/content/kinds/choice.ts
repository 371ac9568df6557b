import { z } from 'zod';
import { text } from '../schema.ts';
import { distinct, type BuildTools } from './base.ts';

/** An option of a choice question as written. */
export const choiceOption = z.strictObject({
	text: text,
	correct: z.boolean().default(false),
	feedback: text,
	/** Keeps the option where it is written (e.g. "none of these" last); others are shuffled. */
	fixed: z.boolean().default(false)
});

export const choiceOptions = z.array(choiceOption).min(2, 'give at least two options');

/** An option of a choice question, with its key and feedback (server-only). */
export interface ChoiceOption {
	/** Derived from the option's text, so that it survives reordering. */
	id: string;
	html: string;
	correct: boolean;
	feedbackHtml: string;
	/** Shown where it is written, whatever order the others are shown in. */
	fixed: boolean;
}

type Option = z.infer<typeof choiceOption>;

export function checkOptions(options: Option[], ctx: z.RefinementCtx): void {
	distinct(
		'option',
		options.map((o) => o.text),
		ctx,
		['options']
	);
}

export function buildOptions(options: Option[], { inline, partId }: BuildTools): ChoiceOption[] {
	return options.map((option) => ({
		id: partId(`option:${option.text}`),
		html: inline(option.text),
		correct: option.correct,
		feedbackHtml: inline(option.feedback),
		fixed: option.fixed
	}));
}

export function optionsAnsweredAgainst(options: Option[]) {
	return options.map((o) => [o.text, o.correct]);
}
