import { masteryFacts, type MasteryFacts, type QuestionState } from './state';

/**
 * Mastery levels, lowest first. The rules, applied to the questions of a unit (a section, case,
 * comparison dimension, or every question that trains one skill):
 *
 * | level         | rule                                                                        |
 * | ------------- | --------------------------------------------------------------------------- |
 * | not started   | no question answered                                                        |
 * | attempted     | at least one answered, but not yet familiar                                 |
 * | familiar      | at least half the questions answered, and at least half of those right now  |
 * | proficient    | every question answered, and at least 80% known: right on the first try,   |
 * |               | or missed at first and then right in a review a day or more later          |
 * | mastered      | proficient, and every question recalled right in a review a day or more     |
 * |               | after it was first answered, with no review missed since                    |
 *
 * "Right now" is the latest answer (retries count); "first try" is the first answer ever. A
 * retry straight after a miss shows the question is understood now, not that it is known: only a
 * right answer in a review a day or more later makes up for a miss.
 */
export const levels = ['not-started', 'attempted', 'familiar', 'proficient', 'mastered'] as const;
export type Level = (typeof levels)[number];

/** The counts a level is decided on, so that a view can say why in words. */
export interface MasteryCounts {
	total: number;
	answered: number;
	/** Answered right on the latest attempt. */
	rightNow: number;
	/** Answered right on the first attempt. */
	firstRight: number;
	/** Missed on the first attempt, then right in a review a day or more later, and right since. */
	recovered: number;
	/** Recalled right in a review a day or more after the first answer, and right since. */
	recalled: number;
}

export interface Mastery {
	level: Level;
	counts: MasteryCounts;
	/** Set when the latest answer changed the level. */
	change?: {
		from: Level;
		direction: 'up' | 'down';
		/** What moved it down: a miss in review, or a wrong latest answer. */
		cause?: 'missed-in-review' | 'latest-not-right';
	};
}

/** The level of a unit of questions, with the counts behind it, from each question's state. */
export function unitMastery(
	questionIds: string[],
	states: ReadonlyMap<string, QuestionState>
): Mastery {
	const factsOf = (id: string) => {
		const state = states.get(id);
		return state && masteryFacts(state);
	};
	const current = levelOf(questionIds, factsOf);
	// The unit's latest answer: the one that may just have changed its level.
	let last: QuestionState | undefined;
	for (const id of questionIds) {
		const candidate = states.get(id);
		if (candidate && (!last || candidate.latest.id > last.latest.id)) last = candidate;
	}
	if (!last) return current;
	const changed = last;
	const before = levelOf(questionIds, (id) =>
		id === changed.questionId ? changed.before : factsOf(id)
	);
	if (before.level === current.level) return current;
	const down = levels.indexOf(current.level) < levels.indexOf(before.level);
	return {
		...current,
		change: down
			? {
					from: before.level,
					direction: 'down',
					cause: last.latest.context === 'review' ? 'missed-in-review' : 'latest-not-right'
				}
			: { from: before.level, direction: 'up' }
	};
}

function levelOf(
	questionIds: string[],
	factsOf: (id: string) => MasteryFacts | undefined
): Mastery {
	const counts = {
		total: questionIds.length,
		answered: 0,
		rightNow: 0,
		firstRight: 0,
		recovered: 0,
		recalled: 0
	};
	for (const id of questionIds) {
		const facts = factsOf(id);
		if (!facts) continue;
		counts.answered += 1;
		if (facts.rightNow) counts.rightNow += 1;
		if (facts.firstRight) counts.firstRight += 1;
		if (facts.recalled) {
			counts.recalled += 1;
			if (!facts.firstRight) counts.recovered += 1;
		}
	}
	const { total, answered, rightNow, firstRight, recovered, recalled } = counts;
	const level: Level =
		answered === 0
			? 'not-started'
			: answered === total && firstRight + recovered >= 0.8 * total
				? recalled === total
					? 'mastered'
					: 'proficient'
				: answered * 2 >= total && rightNow * 2 >= answered
					? 'familiar'
					: 'attempted';
	return { level, counts };
}
