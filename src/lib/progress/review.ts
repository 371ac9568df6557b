import type { QuestionState } from './state';
import { reviewLoads, type ReviewLoad } from './review-loads';

export interface ReviewItem {
	questionId: string;
	/** The case (or `comparison`) the question belongs to: reviews alternate between them. */
	group: string;
	due: Date;
	/** True when the latest answer was wrong. */
	missed: boolean;
}

/**
 * What to review now: questions due (or missed), interleaved across groups so that consecutive
 * questions come from different cases, capped by the daily load minus reviews already done today.
 */
export function dueForReview(
	states: Iterable<QuestionState>,
	groupOf: (questionId: string) => string | undefined,
	load: ReviewLoad,
	now: Date
): ReviewItem[] {
	const today = now.toISOString().slice(0, 10);
	let doneToday = 0;
	const items: ReviewItem[] = [];
	// Questions due at the same time come in the order they were last answered.
	for (const state of [...states].sort((a, b) => a.latest.id - b.latest.id)) {
		if (state.reviewDay === today) doneToday += state.reviewsThatDay;
		const group = groupOf(state.questionId);
		if (!group) continue;
		const due = new Date(state.cards[load].due);
		const missed = !state.latest.correct;
		if (due <= now || missed) items.push({ questionId: state.questionId, group, due, missed });
	}
	items.sort((a, b) => Number(b.missed) - Number(a.missed) || a.due.getTime() - b.due.getTime());
	return interleave(items).slice(0, Math.max(0, reviewLoads[load].perDay - doneToday));
}

/** Round-robin across groups, keeping each group's own order. */
export function interleave<T extends { group: string }>(items: T[]): T[] {
	const queues = new Map<string, T[]>();
	for (const item of items) queues.set(item.group, [...(queues.get(item.group) ?? []), item]);
	const out: T[] = [];
	while (out.length < items.length) {
		for (const queue of queues.values()) {
			const next = queue.shift();
			if (next) out.push(next);
		}
	}
	return out;
}

/**
 * Which due question to ask: the first one due, or, when the content asks the same claim in
 * other words, whichever of those the learner has seen least (so review is not recall of a
 * wording).
 */
export function chooseReviewQuestion(
	due: ReviewItem[],
	sameClaim: (questionId: string) => string[],
	timesSeen: (questionId: string) => number
): string | undefined {
	const first = due[0]?.questionId;
	if (first === undefined) return undefined;
	return sameClaim(first).reduce(
		(best, id) => (timesSeen(id) < timesSeen(best) ? id : best),
		first
	);
}
