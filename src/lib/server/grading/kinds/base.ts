import type { z } from 'zod';
import type { QuestionKind, QuestionOf } from '$lib/content/types';
import { m } from '$lib/i18n';
import type { AnswerOf, Score } from '$lib/quiz/types';

/** A form as the server reads it: field names, and every value sent under a name. */
export interface Fields {
	names: string[];
	all(name: string): FormDataEntryValue[];
	/** The value of a field sent exactly once as text, else undefined. */
	one(name: string): string | undefined;
}

/** An answer read from a form or from storage, or why it could not be. */
export type Parsed<A> =
	| { answer: A }
	| {
			error: string;
			/** The learner left something out: ask them to finish, it is not malformed. */
			incomplete?: true;
	  };

/** The key and feedback a learner sees once they have answered. */
export interface Revealed {
	/** Per part: for choices "correct"/"incorrect", else the id of the right part or position. */
	key: Record<string, string>;
	/** Feedback per option the learner should read. */
	feedback: Record<string, string>;
	/** The accepted answers, shown after a typed answer. */
	accepted?: string[];
	/** A written response's rubric and model answer, shown once it is saved. */
	rubric?: { id: string; html: string }[];
	modelHtml?: string;
}

/**
 * What the server knows of a question kind: the shape of a stored answer, how a form becomes an
 * answer, whether an answer's ids name this question's parts, how it is graded, and what the
 * learner then sees. Every function is pure.
 */
export interface ServerKind<K extends QuestionKind> {
	answer: z.ZodType<AnswerOf<K>, unknown>;
	fromForm(question: QuestionOf<K>, fields: Fields): Parsed<AnswerOf<K>>;
	check(question: QuestionOf<K>, answer: AnswerOf<K>): Parsed<AnswerOf<K>>;
	grade(question: QuestionOf<K>, answer: AnswerOf<K>): Score;
	reveal(question: QuestionOf<K>, answer: AnswerOf<K>): Revealed;
	/** An answer that gives nothing: what is revealed against when the learner asks to be shown. */
	empty(): AnswerOf<K>;
}

/** Fields other than these are refused: nothing is guessed at. */
export function unexpected(fields: Fields, allowed: (name: string) => boolean) {
	const extra = fields.names.find((name) => !allowed(name));
	return extra === undefined ? undefined : { error: m.errors.unexpectedField(extra.slice(0, 40)) };
}

/** The first id not among `known`, if any. */
export function unknownId(ids: string[], known: string[]): string | undefined {
	return ids.find((id) => !known.includes(id));
}

export function notPart(id: string, questionId: string) {
	return { error: m.errors.notPart(id.slice(0, 40), questionId) };
}

/** Score from right/wrong per part. */
export function scoreOf(parts: Record<string, boolean>): Score {
	const values = Object.values(parts);
	const earned = values.filter(Boolean).length;
	return { earned, total: values.length, correct: earned === values.length, parts };
}
