import type { OrderQuestion } from '$lib/content/types';
import type { AnswerOf, Score } from '$lib/quiz/types';

/** Each item in its right position earns a point. */
export function gradeOrder(question: OrderQuestion, answer: AnswerOf<'order'>): Score {
	const parts = Object.fromEntries(
		question.items.map((item, i) => [item.id, answer.order[i] === item.id])
	);
	const earned = Object.values(parts).filter(Boolean).length;
	const total = question.items.length;
	return { earned, total, correct: earned === total, parts };
}
