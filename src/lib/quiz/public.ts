import type { Question } from '$lib/content/types';
import { clientKinds } from './kinds/index.ts';
import type { Answer, PublicQuestion } from './types.ts';

export { shuffle } from './kinds/base.ts';

/** The only road from a question to the page: drops keys, feedback and explanations. */
export function toPublic(question: Question): PublicQuestion {
	const shown = (clientKinds[question.kind].toPublic as (q: Question) => object)(question);
	return {
		id: question.id,
		kind: question.kind,
		skill: question.skill,
		promptHtml: question.promptHtml,
		...shown
	} as PublicQuestion;
}

/** The form fields an answer travels as. */
export function toForm(answer: Answer): [string, string][] {
	return (clientKinds[answer.kind].toForm as (a: Answer) => [string, string][])(answer);
}
