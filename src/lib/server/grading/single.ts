import type { SingleQuestion } from '$lib/content/types';
import type { AnswerOf, Score } from '$lib/quiz/types';

export function gradeSingle(question: SingleQuestion, answer: AnswerOf<'single'>): Score {
	const chosen = question.options.find((option) => option.id === answer.choice);
	const correct = chosen?.correct === true;
	return { earned: correct ? 1 : 0, total: 1, correct, parts: { [answer.choice]: correct } };
}
