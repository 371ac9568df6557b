import { z } from 'zod';
import { skills, slug, text } from '../schema.ts';

/** Fields every question has, whatever its kind. */
export const questionBase = {
	id: slug,
	skill: z.enum(skills),
	/** Questions sharing a claim test the same fact; review may ask any of them. */
	claim: slug.optional(),
	prompt: text,
	/** Optional: a nudge a learner can ask for before answering; using it is recorded. */
	hint: text.optional(),
	explanation: text,
	sources: z.array(slug).min(1, 'cite at least one source')
};

export type QuestionBaseInput = z.infer<z.ZodObject<typeof questionBase>>;

/** How a kind turns its markdown into HTML and names its parts, while the compiler builds it. */
export interface BuildTools {
	inline(markdown: string): string;
	block(markdown: string): string;
	/** A stable id for a part of the question, derived from the question id and `key`. */
	partId(key: string): string;
}

/**
 * What the content side knows of a question kind: the schema its YAML must match, how it is
 * built into its server form (answer key included), and what a learner answers against (when that
 * changes, earlier answers no longer fit the question).
 */
export interface ContentKind<K extends string, Input extends { kind: K }, Built> {
	schema: z.ZodType<Input, unknown>;
	build(input: Input, tools: BuildTools): Built;
	answeredAgainst(input: Input): unknown;
	/** Minutes a learner who has read the section needs to answer one question of this kind. */
	minutes: number;
	/**
	 * False for a kind that is not marked right or wrong (a written response): it counts as
	 * answered, but never toward mastery, and never comes back in review. True when left out.
	 */
	graded?: boolean;
}

/** Declares a kind, inferring its types from its schema and build. */
export function defineKind<K extends string, Input extends QuestionBaseInput & { kind: K }, Built>(
	kind: ContentKind<K, Input, Built>
): ContentKind<K, Input, Built> {
	return kind;
}

/** Adds an issue for every value that repeats an earlier one (compared case-insensitively). */
export function distinct(
	what: string,
	values: string[],
	ctx: z.RefinementCtx,
	prefix: PropertyKey[] = []
): void {
	const seen = new Set<string>();
	values.forEach((value, i) => {
		const key = value.trim().toLowerCase();
		if (seen.has(key))
			ctx.addIssue({
				code: 'custom',
				message: `duplicate ${what} "${value}"`,
				path: [...prefix, i]
			});
		seen.add(key);
	});
}
