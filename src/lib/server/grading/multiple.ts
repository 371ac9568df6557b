import type { MultipleQuestion } from '$lib/content/types';
import type { AnswerOf, Score } from '$lib/quiz/types';

/** Each option is a part: right when chosen and correct, or left out and incorrect. */
export function gradeMultiple(question: MultipleQuestion, answer: AnswerOf<'multiple'>): Score {
	const chosen = new Set(answer.choices);
	const parts = Object.fromEntries(
		question.options.map((option) => [option.id, chosen.has(option.id) === option.correct])
	);
	const earned = Object.values(parts).filter(Boolean).length;
	const total = question.options.length;
	return { earned, total, correct: earned === total, parts };
}
