import type { Reveal } from './types.ts';

/**
 * What a result says, in plain terms. Partial credit is named for what was right and what was
 * wrong: a choice question is partly right only when a right option was chosen (leaving wrong
 * options unchosen earns nothing on its own), and order, match and sort questions count the
 * items in their right place, pair or group.
 */
export type Verdict =
	| { kind: 'right' }
	/** A written response: kept, rated by the learner, never marked. */
	| { kind: 'saved'; rated: boolean }
	| { kind: 'shown' }
	| { kind: 'not-right' }
	| { kind: 'some-options'; chosenRight: number; right: number; chosenWrong: number }
	| { kind: 'some-parts'; part: 'places' | 'pairs' | 'groups'; right: number; of: number };

const parts = { order: 'places', match: 'pairs', categorize: 'groups' } as const;

export function verdictOf(reveal: Reveal): Verdict {
	if (reveal.shown || !reveal.answer) return { kind: 'shown' };
	if (!reveal.graded)
		return {
			kind: 'saved',
			rated: reveal.answer.kind === 'written' && Object.keys(reveal.answer.ratings ?? {}).length > 0
		};
	if (reveal.score.correct) return { kind: 'right' };
	const answer = reveal.answer;
	if (answer.kind === 'multiple') {
		const right = Object.values(reveal.key).filter((k) => k === 'correct').length;
		const chosenRight = answer.choices.filter((id) => reveal.key[id] === 'correct').length;
		return chosenRight === 0
			? { kind: 'not-right' }
			: {
					kind: 'some-options',
					chosenRight,
					right,
					chosenWrong: answer.choices.length - chosenRight
				};
	}
	if (answer.kind === 'order' || answer.kind === 'match' || answer.kind === 'categorize')
		return reveal.score.earned === 0
			? { kind: 'not-right' }
			: {
					kind: 'some-parts',
					part: parts[answer.kind],
					right: reveal.score.earned,
					of: reveal.score.total
				};
	return { kind: 'not-right' };
}
