import { createEmptyCard, fsrs, generatorParameters, Rating, type Card } from 'ts-fsrs';
import type { MasteryAttempt } from './mastery';

/** Review settings: how much is asked a day, and how firmly it is kept (FSRS retention). */
export const reviewLoads = {
	light: { perDay: 8, retention: 0.8 },
	normal: { perDay: 15, retention: 0.9 },
	intensive: { perDay: 30, retention: 0.95 }
} as const;
export type ReviewLoad = keyof typeof reviewLoads;
export const reviewLoadNames = Object.keys(reviewLoads) as ReviewLoad[];

/** Own keys only: "constructor" or "toString" is not a review load. */
export function isReviewLoad(value: unknown): value is ReviewLoad {
	return typeof value === 'string' && Object.hasOwn(reviewLoads, value);
}

export interface ReviewItem {
	questionId: string;
	/** The case (or `comparison`) the question belongs to: reviews alternate between them. */
	group: string;
	due: Date;
	/** True when the latest answer was wrong. */
	missed: boolean;
}

/**
 * The review state of every answered question, replayed from its answers through FSRS: each
 * right answer rates Good, each wrong one Again. Pure: the same answers and clock give the same
 * schedule.
 */
export function scheduleCards(attempts: MasteryAttempt[], load: ReviewLoad): Map<string, Card> {
	const scheduler = fsrs(
		generatorParameters({
			request_retention: reviewLoads[load].retention,
			enable_fuzz: false,
			// Reviews are spaced over days; minute-long learning steps belong to flashcard drills.
			enable_short_term: false
		})
	);
	const cards = new Map<string, Card>();
	for (const attempt of attempts) {
		const at = new Date(attempt.createdAt);
		const card: Card = cards.get(attempt.questionId) ?? createEmptyCard<Card>(at);
		cards.set(
			attempt.questionId,
			scheduler.next(card, at, attempt.correct ? Rating.Good : Rating.Again).card
		);
	}
	return cards;
}

/**
 * What to review now: questions due (or missed), interleaved across groups so that consecutive
 * questions come from different cases, capped by the daily load minus reviews already done today.
 */
export function dueForReview(
	attempts: MasteryAttempt[],
	groupOf: (questionId: string) => string | undefined,
	load: ReviewLoad,
	now: Date
): ReviewItem[] {
	const cards = scheduleCards(attempts, load);
	const latest = new Map(attempts.map((a) => [a.questionId, a]));
	const today = now.toISOString().slice(0, 10);
	const doneToday = attempts.filter(
		(a) => a.context === 'review' && a.createdAt.startsWith(today)
	).length;
	const items: ReviewItem[] = [];
	for (const [questionId, card] of cards) {
		const group = groupOf(questionId);
		if (!group) continue;
		const missed = latest.get(questionId)?.correct === false;
		if (card.due <= now || missed) items.push({ questionId, group, due: card.due, missed });
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
