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
		empty(): Answer;
	};
}

/** Fields an answer form has besides the answer: which question, where it was asked, and why sent. */
const envelope = ['question', 'context', 'intent', 'from'];

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
 * The key, feedback and explanation for a question the learner has answered, or asked to be
 * shown (`answer` undefined). Built only after a submission, from the submitted or stored answer.
 */
export function reveal(
	question: Question,
	answer: Answer | undefined,
	score: Score,
	attempts: number,
	sourceLink: (id: string) => SourceLink | undefined
): Reveal {
	return {
		questionId: question.id,
		answer,
		graded: question.graded,
		shown: answer === undefined || undefined,
		score,
		...kindOf(question).reveal(question, answer ?? emptyAnswer(question)),
		explanationHtml: question.explanationHtml,
		sources: question.sources.flatMap((id) => sourceLink(id) ?? []),
		attempts
	};
}

/** What "show me the answer" is graded as: nothing given, nothing earned. */
export function shownScore(): Score {
	return { earned: 0, total: 1, correct: false, parts: {} };
}

/** An answer that chooses nothing, to reveal a question's key when the learner gave none. */
function emptyAnswer(question: Question): Answer {
	return kindOf(question).empty();
}

/** A stored answer as the learner last gave it. */
export interface Stored {
	answer: unknown;
	shown: boolean;
	version: string | null;
	attempts: number;
}

/**
 * The result to show again for a stored answer, or `changed` when the question has changed since
 * it was given (then the old answer is not re-graded against the new question).
 */
export function revealStored(
	question: Question,
	stored: Stored,
	sourceLink: (id: string) => SourceLink | undefined
): Reveal | 'changed' {
	if (stored.version !== null && stored.version !== question.version) return 'changed';
	if (stored.shown) return reveal(question, undefined, shownScore(), stored.attempts, sourceLink);
	const parsed = parseStoredAnswer(question, stored.answer);
	if (!('answer' in parsed)) return 'changed';
	return reveal(
		question,
		parsed.answer,
		grade(question, parsed.answer),
		stored.attempts,
		sourceLink
	);
}
