import type { Question } from '$lib/content/types';
import { m } from '$lib/i18n';
import type { Answer, Reveal, Score, SourceLink } from '$lib/quiz/types';
import type { Fields, Parsed, ServerKind } from './kinds/base.ts';
import { serverKinds } from './kinds/index.ts';

export type { Parsed };

/** The server side of a question's kind, typed for any question. */
function kindOf(question: Question) {
	return serverKinds[question.kind] as unknown as ServerKind<Question['kind']> & {
		fromForm(question: Question, fields: Fields): Parsed<Answer>;
		check(question: Question, answer: Answer): Parsed<Answer>;
		grade(question: Question, answer: Answer): Score;
		reveal(question: Question, answer: Answer): ReturnType<ServerKind<Question['kind']>['reveal']>;
	};
}

/** Fields every answer form has besides the answer: which question, and where it was asked. */
const envelope = ['question', 'context'];

/** The fields of a submitted form that carry the answer. */
export function fieldsOf(form: FormData): Fields {
	return {
		names: [...new Set(form.keys())].filter((name) => !envelope.includes(name)),
		all: (name) => form.getAll(name),
		one(name) {
			const all = form.getAll(name);
			return all.length === 1 && typeof all[0] === 'string' ? all[0] : undefined;
		}
	};
}

/**
 * Reads a submitted form into an answer for `question`. Every field must belong to the question's
 * kind and name one of its parts; anything else is refused with a message, never guessed at.
 */
export function parseFormAnswer(question: Question, form: FormData): Parsed<Answer> {
	return kindOf(question).fromForm(question, fieldsOf(form));
}

/** Checks a stored answer against the question as it is now (its content may have changed). */
export function parseStoredAnswer(question: Question, value: unknown): Parsed<Answer> {
	const result = serverKinds[question.kind].answer.safeParse(value);
	if (!result.success) return { error: m.errors.notAnAnswer(question.kind) };
	return kindOf(question).check(question, result.data as Answer);
}

/** Grades an answer already checked against the same question. */
export function grade(question: Question, answer: Answer): Score {
	if (question.kind !== answer.kind)
		throw new Error(
			`answer of kind ${answer.kind} given to ${question.kind} question ${question.id}`
		);
	return kindOf(question).grade(question, answer);
}

/**
 * The key, feedback and explanation for a question the learner has answered. Built only after a
 * submission, from the submitted (or stored) answer.
 */
export function reveal(
	question: Question,
	answer: Answer,
	score: Score,
	attempts: number,
	sourceLink: (id: string) => SourceLink | undefined
): Reveal {
	return {
		questionId: question.id,
		answer,
		score,
		...kindOf(question).reveal(question, answer),
		explanationHtml: question.explanationHtml,
		sources: question.sources.flatMap((id) => sourceLink(id) ?? []),
		attempts
	};
}
