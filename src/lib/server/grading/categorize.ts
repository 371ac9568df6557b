import type { CategorizeQuestion } from '$lib/content/types';
import type { AnswerOf, Score } from '$lib/quiz/types';

/** Each item put in its own category earns a point. */
export function gradeCategorize(
	question: CategorizeQuestion,
	answer: AnswerOf<'categorize'>
): Score {
	const parts = Object.fromEntries(
		question.items.map((item) => [item.id, answer.placement[item.id] === item.category])
	);
	const earned = Object.values(parts).filter(Boolean).length;
	const total = question.items.length;
	return { earned, total, correct: earned === total, parts };
}
