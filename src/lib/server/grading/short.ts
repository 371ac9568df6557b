import type { ShortQuestion } from '$lib/content/types';
import type { AnswerOf, Score } from '$lib/quiz/types';
import { normalizeAnswer } from './normalize';

export function gradeShort(question: ShortQuestion, answer: AnswerOf<'short'>): Score {
	const given = normalizeAnswer(answer.text);
	const correct = given !== '' && question.accept.some((text) => normalizeAnswer(text) === given);
	return { earned: correct ? 1 : 0, total: 1, correct, parts: {} };
}
