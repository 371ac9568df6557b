import { z } from 'zod';
import { m } from '$lib/i18n';
import {
	maxWrittenLength,
	ratingPrefix,
	ratings,
	writtenField,
	type Rating
} from '$lib/quiz/kinds/written';
import type { ServerKind } from './base.ts';
import { notPart, unexpected, unknownId } from './base.ts';

const isRating = (value: unknown): value is Rating =>
	typeof value === 'string' && (ratings as readonly string[]).includes(value);

/** Kept, never graded: the learner weighs it against the rubric themselves. */
export const written: ServerKind<'written'> = {
	answer: z.strictObject({
		kind: z.literal('written'),
		text: z.string().max(maxWrittenLength),
		ratings: z.record(z.string().max(64), z.enum(ratings)).optional()
	}),
	fromForm(question, fields) {
		const bad = unexpected(
			fields,
			(name) => name === writtenField || name.startsWith(ratingPrefix)
		);
		if (bad) return bad;
		const text = fields.one(writtenField);
		if (text === undefined) return { error: m.errors.oneField(writtenField) };
		if (text.trim() === '') return { error: m.errors.writeAnswer, incomplete: true };
		if (text.length > maxWrittenLength) return { error: m.errors.tooLong(maxWrittenLength) };
		const given: Record<string, Rating> = {};
		for (const name of fields.names.filter((n) => n.startsWith(ratingPrefix))) {
			const value = fields.one(name);
			if (!isRating(value)) return { error: m.errors.oneValue(name.slice(0, 40)) };
			given[name.slice(ratingPrefix.length)] = value;
		}
		const answer = Object.keys(given).length
			? { kind: 'written' as const, text, ratings: given }
			: { kind: 'written' as const, text };
		return written.check(question, answer);
	},
	check(question, answer) {
		const bad = unknownId(
			Object.keys(answer.ratings ?? {}),
			question.rubric.map((point) => point.id)
		);
		return bad === undefined ? { answer } : notPart(bad, question.id);
	},
	grade: () => ({ earned: 0, total: 0, correct: false, parts: {} }),
	reveal: (question) => ({
		key: {},
		feedback: {},
		rubric: question.rubric,
		modelHtml: question.modelHtml
	}),
	empty: () => ({ kind: 'written', text: '' })
};
