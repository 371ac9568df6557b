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

/** An answer as mastery sees it, oldest first. */
export interface MasteryAttempt {
	questionId: string;
	correct: boolean;
	/** `review` when answered on the review page. */
	context: 'quiz' | 'review';
	createdAt: string;
}

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

const day = 86_400_000;

/** Answers grouped by question, oldest first; build once, then ask about many units. */
export type AttemptIndex = Map<string, MasteryAttempt[]>;

export function indexAttempts(attempts: MasteryAttempt[]): AttemptIndex {
	const index: AttemptIndex = new Map();
	for (const attempt of attempts) {
		const list = index.get(attempt.questionId);
		if (list) list.push(attempt);
		else index.set(attempt.questionId, [attempt]);
	}
	return index;
}

/** The level of a unit of questions, with the counts behind it. */
export function unitMastery(
	questionIds: string[],
	attempts: MasteryAttempt[] | AttemptIndex
): Mastery {
	const index = attempts instanceof Map ? attempts : indexAttempts(attempts);
	const current = levelOf(questionIds, (id) => index.get(id) ?? []);
	// The unit's latest answer: the one that may just have changed its level.
	let last: MasteryAttempt | undefined;
	for (const id of questionIds) {
		const candidate = index.get(id)?.at(-1);
		if (candidate && (!last || candidate.createdAt >= last.createdAt)) last = candidate;
	}
	if (!last) return current;
	const without = last;
	const before = levelOf(questionIds, (id) => {
		const list = index.get(id) ?? [];
		return id === without.questionId ? list.slice(0, -1) : list;
	});
	if (before.level === current.level) return current;
	const down = levels.indexOf(current.level) < levels.indexOf(before.level);
	return {
		...current,
		change: down
			? {
					from: before.level,
					direction: 'down',
					cause: last.context === 'review' ? 'missed-in-review' : 'latest-not-right'
				}
			: { from: before.level, direction: 'up' }
	};
}

function levelOf(questionIds: string[], answersTo: (id: string) => MasteryAttempt[]): Mastery {
	const counts = {
		total: questionIds.length,
		answered: 0,
		rightNow: 0,
		firstRight: 0,
		recovered: 0,
		recalled: 0
	};
	for (const id of questionIds) {
		const list = answersTo(id);
		if (list.length === 0) continue;
		counts.answered += 1;
		if (list.at(-1)!.correct) counts.rightNow += 1;
		if (list[0]!.correct) counts.firstRight += 1;
		const reviews = list.filter((a) => a.context === 'review');
		const firstAt = Date.parse(list[0]!.createdAt);
		const spacedRight = reviews.some((r) => r.correct && Date.parse(r.createdAt) - firstAt >= day);
		if (spacedRight && reviews.at(-1)!.correct) {
			counts.recalled += 1;
			if (!list[0]!.correct) counts.recovered += 1;
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
