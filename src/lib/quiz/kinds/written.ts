import type { ClientKind, Part } from './base.ts';

/** The field the written answer is sent in. */
export const writtenField = 'text';
/** The field of the learner's rating of their answer against one point of the rubric. */
export const ratingField = (pointId: string) => `rating.${pointId}`;
export const ratingPrefix = 'rating.';
/** Longest written answer kept: about a page. */
export const maxWrittenLength = 5000;
/** How a learner may rate their answer against a point of the rubric. */
export const ratings = ['met', 'partly', 'not'] as const;
export type Rating = (typeof ratings)[number];

/** Nothing to show before writing: the rubric and the model answer come after. */
export type WrittenPublic = Record<never, never>;
export interface WrittenAnswer {
	kind: 'written';
	text: string;
	/** The learner's own rating against each point of the rubric, once they have seen it. */
	ratings?: Record<string, Rating>;
}

export const written: ClientKind<'written', WrittenPublic, WrittenAnswer> = {
	toPublic: () => ({}),
	toForm: (answer) => [
		[writtenField, answer.text],
		...Object.entries(answer.ratings ?? {}).map(([id, rating]): [string, string] => [
			ratingField(id),
			rating
		])
	]
};

/** A point of the rubric, as shown once an answer is saved. */
export type RubricPoint = Part;
