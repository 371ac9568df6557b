import { z } from 'zod';

/** Lower-case words joined by hyphens: used for slugs and ids written by authors. */
const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

const text = z.string().trim().min(1, 'must not be empty');

export const skills = [
	'recall',
	'sequence',
	'compare',
	'sourcing',
	'corroboration',
	'contextualization',
	'interpretation'
] as const;

/** Marks a source can carry, as the fact base gives them: a reader should weigh such a source. */
export const sourceMarks = [
	'weak',
	'wikipedia-derived',
	'partisan',
	'official',
	'state-media'
] as const;

export const questionKinds = [
	'single',
	'multiple',
	'order',
	'match',
	'categorize',
	'short'
] as const;

export const moduleMetaSchema = z.strictObject({
	title: text,
	shortTitle: text.optional(),
	guidingQuestion: text,
	summary: text,
	objectives: z.array(text).default([])
});

/** A case is one of the events compared; a lesson (e.g. on definitions or sources) spans them. */
export const caseMetaSchema = z
	.strictObject({
		kind: z.enum(['case', 'lesson']).default('case'),
		title: text,
		shortTitle: text.optional(),
		dates: text.optional(),
		place: text.optional(),
		summary: text
	})
	.superRefine((meta, ctx) => {
		if (meta.kind !== 'case') return;
		for (const field of ['dates', 'place'] as const) {
			if (meta[field] === undefined)
				ctx.addIssue({ code: 'custom', path: [field], message: 'missing (required)' });
		}
	});

export const sectionMetaSchema = z.strictObject({
	title: text,
	summary: text.optional()
});

export const dimensionMetaSchema = z.strictObject({
	title: text,
	question: text,
	cells: z.record(z.string(), text)
});

export const sourceSchema = z.strictObject({
	id: slug,
	title: text,
	author: text.optional(),
	publisher: text,
	/** How citations name the source in running text, e.g. "IWPR"; defaults to the publisher. */
	short: text.optional(),
	date: z
		.union([z.string(), z.number(), z.date()])
		.transform((value) =>
			value instanceof Date ? value.toISOString().slice(0, 10) : String(value)
		)
		.pipe(
			z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD')
		)
		.optional(),
	/** Omitted for a printed book with no copy a pupil may lawfully be sent to: cite its pages. */
	url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
	/** Pages of a printed work, e.g. "pp. 112–118". */
	pages: text.optional(),
	/** How the fact base rates the source; each mark is shown beside it. */
	marks: z.array(z.enum(sourceMarks)).optional(),
	note: text.optional()
});

export const glossaryTermSchema = z.strictObject({
	id: slug,
	term: text,
	definition: text
});

export const timelineEventSchema = z
	.strictObject({
		id: slug,
		case: slug,
		date: z
			.union([z.string(), z.date()])
			.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
			.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')),
		time: z
			.string()
			.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write the time as HH:MM (24-hour)')
			.optional(),
		timezone: z
			.string()
			.regex(/^UTC[+-]\d{1,2}(:\d{2})?$/, 'write the time zone as UTC+N, e.g. UTC+6')
			.optional(),
		title: text,
		section: slug.optional(),
		/** The moment the crisis began: the zero of its lane on the aligned timeline. */
		onset: z.boolean().optional(),
		/** Events with the same moment are comparable across cases, e.g. `leader-addresses-nation`. */
		moment: slug.optional(),
		sources: z.array(slug).min(1, 'cite at least one source')
	})
	.refine((event) => !event.time || event.timezone, {
		message: 'an event with a time needs a timezone',
		path: ['timezone']
	});

const questionBase = {
	id: slug,
	skill: z.enum(skills),
	/** Questions sharing a claim test the same fact; review may ask any of them. */
	claim: slug.optional(),
	prompt: text,
	explanation: text,
	sources: z.array(slug).min(1, 'cite at least one source')
};

const choiceOption = z.strictObject({
	text: text,
	correct: z.boolean().default(false),
	feedback: text
});

/** Adds an issue for every value that repeats an earlier one (compared case-insensitively). */
const distinct =
	(what: string) =>
	(values: string[], ctx: z.RefinementCtx, prefix: PropertyKey[] = []): void => {
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
	};

export const singleQuestionSchema = z
	.strictObject({
		...questionBase,
		kind: z.literal('single'),
		options: z.array(choiceOption).min(2, 'give at least two options')
	})
	.superRefine((q, ctx) => {
		const correct = q.options.filter((o) => o.correct).length;
		if (correct !== 1)
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: `a single-choice question needs exactly one correct option, found ${correct}`
			});
		distinct('option')(
			q.options.map((o) => o.text),
			ctx,
			['options']
		);
	});

export const multipleQuestionSchema = z
	.strictObject({
		...questionBase,
		kind: z.literal('multiple'),
		options: z.array(choiceOption).min(2, 'give at least two options')
	})
	.superRefine((q, ctx) => {
		distinct('option')(
			q.options.map((o) => o.text),
			ctx,
			['options']
		);
		if (!q.options.some((o) => o.correct))
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: 'a multiple-select question needs at least one correct option'
			});
	});

export const orderQuestionSchema = z.strictObject({
	...questionBase,
	kind: z.literal('order'),
	items: z
		.array(text)
		.min(2, 'give at least two items')
		.superRefine((items, ctx) => distinct('item')(items, ctx))
});

export const matchQuestionSchema = z.strictObject({
	...questionBase,
	kind: z.literal('match'),
	pairs: z
		.array(z.strictObject({ left: text, right: text }))
		.min(2, 'give at least two pairs')
		.superRefine((pairs, ctx) => {
			distinct('left side')(
				pairs.map((p) => p.left),
				ctx
			);
			distinct('right side')(
				pairs.map((p) => p.right),
				ctx
			);
		})
});

export const categorizeQuestionSchema = z
	.strictObject({
		...questionBase,
		kind: z.literal('categorize'),
		categories: z
			.array(text)
			.min(2, 'give at least two categories')
			.superRefine((categories, ctx) => distinct('category')(categories, ctx)),
		items: z.array(z.strictObject({ text: text, category: text })).min(2, 'give at least two items')
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
	});

export const shortQuestionSchema = z.strictObject({
	...questionBase,
	kind: z.literal('short'),
	accept: z
		.array(z.union([text, z.number().transform(String)]))
		.min(1, 'list at least one accepted answer')
});

export const questionSchema = z.discriminatedUnion(
	'kind',
	[
		singleQuestionSchema,
		multipleQuestionSchema,
		orderQuestionSchema,
		matchQuestionSchema,
		categorizeQuestionSchema,
		shortQuestionSchema
	],
	{ error: `kind must be one of: ${questionKinds.join(', ')}` }
);

export const quizSchema = z.array(questionSchema).min(1, 'a quiz needs at least one question');

export type Skill = (typeof skills)[number];
export type QuestionKind = (typeof questionKinds)[number];
export type ModuleMeta = z.infer<typeof moduleMetaSchema>;
export type CaseMeta = z.infer<typeof caseMetaSchema>;
export type SectionMeta = z.infer<typeof sectionMetaSchema>;
export type DimensionMeta = z.infer<typeof dimensionMetaSchema>;
export type SourceEntry = z.infer<typeof sourceSchema>;
export type GlossaryEntry = z.infer<typeof glossaryTermSchema>;
export type TimelineEntry = z.infer<typeof timelineEventSchema>;
export type QuestionInput = z.infer<typeof questionSchema>;
