import type { Skill } from '$lib/content/schema';

/**
 * Mastery levels, lowest first. The rules, applied to the questions of a unit (a section, case,
 * comparison dimension, or every question that trains one skill):
 *
 * | level         | rule                                                                        |
 * | ------------- | --------------------------------------------------------------------------- |
 * | not started   | no question answered                                                        |
 * | attempted     | at least one answered, but not yet familiar                                 |
 * | familiar      | at least half the questions answered, and at least half of those right now  |
 * | proficient    | every question answered, and at least 80% right on the first try            |
 * | mastered      | proficient, and every question recalled right in a review a day or more     |
 * |               | after it was first answered, with no review missed since                    |
 *
 * "Right now" is the latest answer (retries count); "first try" is the first answer ever.
 */
export const levels = ['not-started', 'attempted', 'familiar', 'proficient', 'mastered'] as const;
export type Level = (typeof levels)[number];

export const levelLabel: Record<Level, string> = {
	'not-started': 'not started',
	attempted: 'attempted',
	familiar: 'familiar',
	proficient: 'proficient',
	mastered: 'mastered'
};

/** An answer as mastery sees it, oldest first. */
export interface MasteryAttempt {
	questionId: string;
	correct: boolean;
	/** `review` when answered on the review page. */
	context: 'quiz' | 'review';
	createdAt: string;
}

export interface Mastery {
	level: Level;
	/** One line saying why, e.g. "2 of 3 sourcing questions right on first try". */
	reason: string;
	/** Set when the latest answer changed the level: the level before it and why it moved. */
	change?: { from: Level; reason: string };
}

const day = 86_400_000;

/** The level of a unit of questions, with its reason; `noun` names them ("sourcing questions"). */
export function unitMastery(
	questionIds: string[],
	attempts: MasteryAttempt[],
	noun = 'questions'
): Mastery {
	const current = levelOf(questionIds, attempts, noun);
	const last = attempts.findLast((a) => questionIds.includes(a.questionId));
	if (!last) return current;
	const before = levelOf(
		questionIds,
		attempts.filter((a) => a !== last),
		noun
	);
	if (before.level === current.level) return current;
	const down = levels.indexOf(current.level) < levels.indexOf(before.level);
	const reason = down
		? `down from ${levelLabel[before.level]}: ${last.context === 'review' ? 'a question was missed in review' : 'the latest answer was not right'} (${current.reason})`
		: `up from ${levelLabel[before.level]}: ${current.reason}`;
	return { ...current, change: { from: before.level, reason } };
}

function levelOf(questionIds: string[], attempts: MasteryAttempt[], noun: string): Mastery {
	const total = questionIds.length;
	const mine = new Set(questionIds);
	const first = new Map<string, MasteryAttempt>();
	const latest = new Map<string, MasteryAttempt>();
	const reviews = new Map<string, MasteryAttempt[]>();
	for (const attempt of attempts) {
		if (!mine.has(attempt.questionId)) continue;
		if (!first.has(attempt.questionId)) first.set(attempt.questionId, attempt);
		latest.set(attempt.questionId, attempt);
		if (attempt.context === 'review') {
			const list = reviews.get(attempt.questionId) ?? [];
			list.push(attempt);
			reviews.set(attempt.questionId, list);
		}
	}
	const answered = first.size;
	const rightNow = [...latest.values()].filter((a) => a.correct).length;
	const firstRight = [...first.values()].filter((a) => a.correct).length;
	if (answered === 0)
		return { level: 'not-started', reason: `none of ${total} ${noun} answered yet` };

	const proficient = answered === total && firstRight >= 0.8 * total;
	if (proficient) {
		const recalled = questionIds.filter((id) => {
			const list = reviews.get(id) ?? [];
			const spaced = list.filter(
				(r) => Date.parse(r.createdAt) - Date.parse(first.get(id)!.createdAt) >= day
			);
			return spaced.some((r) => r.correct) && list.at(-1)!.correct;
		}).length;
		if (recalled === total)
			return {
				level: 'mastered',
				reason: `all ${total} ${noun} recalled in review a day or more later`
			};
		return {
			level: 'proficient',
			reason: `${firstRight} of ${total} ${noun} right on first try; ${recalled} of ${total} recalled in a later review`
		};
	}
	if (answered * 2 >= total && rightNow * 2 >= answered) {
		return {
			level: 'familiar',
			reason: `${answered} of ${total} ${noun} answered, ${rightNow} right now, ${firstRight} right on first try`
		};
	}
	return {
		level: 'attempted',
		reason: `${answered} of ${total} ${noun} answered, ${rightNow} right now`
	};
}

export const skillNoun: Record<Skill, string> = {
	recall: 'recall questions',
	sequence: 'sequence questions',
	compare: 'comparison questions',
	sourcing: 'sourcing questions',
	corroboration: 'corroboration questions',
	contextualization: 'context questions',
	interpretation: 'interpretation questions'
};
