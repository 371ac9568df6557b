import type { Question } from '$lib/content/types';
import type { Arrange } from './kinds/base.ts';
import { clientKinds } from './kinds/index.ts';
import type { Answer, PublicQuestion } from './types.ts';

export type { Arrange };

/**
 * The only road from a question to the page: drops keys, feedback and explanations, and puts
 * its parts in the order `arrange` gives (the server's, for the learner who will see it).
 */
export function toPublic(question: Question, arrange: Arrange): PublicQuestion {
	const shown = (clientKinds[question.kind].toPublic as (q: Question, a: Arrange) => object)(
		question,
		arrange
	);
	return {
		id: question.id,
		kind: question.kind,
		skill: question.skill,
		promptHtml: question.promptHtml,
		hasHint: question.hintHtml !== undefined,
		graded: question.graded,
		...shown
	} as PublicQuestion;
}

/** The form fields an answer travels as. */
export function toForm(answer: Answer): [string, string][] {
	return (clientKinds[answer.kind].toForm as (a: Answer) => [string, string][])(answer);
}
