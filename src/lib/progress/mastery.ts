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

/** The level of a unit of questions, with its reason; `noun` names them ("sourcing questions"). */
export function unitMastery(
	questionIds: string[],
	attempts: MasteryAttempt[] | AttemptIndex,
	noun = 'questions'
): Mastery {
	const index = attempts instanceof Map ? attempts : indexAttempts(attempts);
	const current = levelOf(questionIds, (id) => index.get(id) ?? [], noun);
	// The unit's latest answer: the one that may just have changed its level.
	let last: MasteryAttempt | undefined;
	for (const id of questionIds) {
		const candidate = index.get(id)?.at(-1);
		if (candidate && (!last || candidate.createdAt >= last.createdAt)) last = candidate;
	}
	if (!last) return current;
	const without = last;
	const before = levelOf(
		questionIds,
		(id) => {
			const list = index.get(id) ?? [];
			return id === without.questionId ? list.slice(0, -1) : list;
		},
		noun
	);
	if (before.level === current.level) return current;
	const down = levels.indexOf(current.level) < levels.indexOf(before.level);
	const reason = down
		? `down from ${levelLabel[before.level]}: ${last.context === 'review' ? 'a question was missed in review' : 'the latest answer was not right'} (${current.reason})`
		: `up from ${levelLabel[before.level]}: ${current.reason}`;
	return { ...current, change: { from: before.level, reason } };
}

function levelOf(
	questionIds: string[],
	answersTo: (id: string) => MasteryAttempt[],
	noun: string
): Mastery {
	const total = questionIds.length;
	let answered = 0;
	let rightNow = 0;
	let firstRight = 0;
	let recalled = 0;
	for (const id of questionIds) {
		const list = answersTo(id);
		if (list.length === 0) continue;
		answered += 1;
		if (list.at(-1)!.correct) rightNow += 1;
		if (list[0]!.correct) firstRight += 1;
		const reviews = list.filter((a) => a.context === 'review');
		const firstAt = Date.parse(list[0]!.createdAt);
		const spacedRight = reviews.some((r) => r.correct && Date.parse(r.createdAt) - firstAt >= day);
		if (spacedRight && reviews.at(-1)!.correct) recalled += 1;
	}
	if (answered === 0)
		return { level: 'not-started', reason: `none of ${total} ${noun} answered yet` };
	if (answered === total && firstRight >= 0.8 * total) {
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
