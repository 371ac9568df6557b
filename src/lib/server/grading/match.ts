import type { MatchQuestion } from '$lib/content/types';
import type { AnswerOf, Score } from '$lib/quiz/types';

/** Each left side matched to its own right side earns a point. */
export function gradeMatch(question: MatchQuestion, answer: AnswerOf<'match'>): Score {
	const parts = Object.fromEntries(
		question.pairs.map((pair) => [pair.left.id, answer.pairs[pair.left.id] === pair.right.id])
	);
	const earned = Object.values(parts).filter(Boolean).length;
	const total = question.pairs.length;
	return { earned, total, correct: earned === total, parts };
}
