import type { Question } from '$lib/content/types';
import type { Answer, Reveal, Score } from '$lib/quiz/types';

export interface SourceLink {
	id: string;
	label: string;
	href: string;
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
	const key: Record<string, string> = {};
	const feedback: Record<string, string> = {};
	let accepted: string | undefined;
	switch (question.kind) {
		case 'single':
		case 'multiple': {
			const chosen =
				answer.kind === 'single'
					? [answer.choice]
					: answer.kind === 'multiple'
						? answer.choices
						: [];
			for (const option of question.options) {
				key[option.id] = option.correct ? 'correct' : 'incorrect';
				// feedback for what the learner chose, and for the right option(s) they missed
				if (chosen.includes(option.id) || option.correct) feedback[option.id] = option.feedbackHtml;
			}
			break;
		}
		case 'order':
			question.items.forEach((item, i) => (key[item.id] = String(i + 1)));
			break;
		case 'match':
			for (const pair of question.pairs) key[pair.left.id] = pair.right.id;
			break;
		case 'categorize':
			for (const item of question.items) key[item.id] = item.category;
			break;
		case 'short':
			accepted = question.accept[0];
			break;
	}
	return {
		questionId: question.id,
		answer,
		score,
		key,
		feedback,
		accepted,
		explanationHtml: question.explanationHtml,
		sources: question.sources.flatMap((id) => sourceLink(id) ?? []),
		attempts
	};
}
