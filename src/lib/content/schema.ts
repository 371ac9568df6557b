import { z } from 'zod';

/** Lower-case words joined by hyphens: used for slugs and ids written by authors. */
export const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

export const text = z.string().trim().min(1, 'must not be empty');

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

export type Skill = (typeof skills)[number];
export type ModuleMeta = z.infer<typeof moduleMetaSchema>;
export type CaseMeta = z.infer<typeof caseMetaSchema>;
export type SectionMeta = z.infer<typeof sectionMetaSchema>;
export type DimensionMeta = z.infer<typeof dimensionMetaSchema>;
export type SourceEntry = z.infer<typeof sourceSchema>;
export type GlossaryEntry = z.infer<typeof glossaryTermSchema>;
export type TimelineEntry = z.infer<typeof timelineEventSchema>;
