import { describe, expect, test } from 'vitest';
import { dueForReview as dueFor, interleave } from '$lib/progress/review';
import { reviewLoads, type ReviewLoad } from '$lib/progress/review-loads';
import { statesFrom, type ListedAnswer } from '../helpers';

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 0, day, hour)).toISOString();
const answer = (
	questionId: string,
	correct: boolean,
	day: number,
	context: 'quiz' | 'review' = 'quiz'
): ListedAnswer => ({
	questionId,
	correct,
	context,
	createdAt: at(day)
});
const groups: Record<string, string> = {
	k1: 'kz',
	k2: 'kz',
	k3: 'kz',
	e1: 'es',
	e2: 'es',
	s1: 'su'
};
const groupOf = (id: string) => groups[id];

/** When each question answered is next due, under a review load. */
const scheduleCards = (answers: ListedAnswer[], load: ReviewLoad) =>
	new Map(
		[...statesFrom(answers)].map(([id, state]) => [id, { due: new Date(state.cards[load].due) }])
	);
const dueForReview = (
	answers: ListedAnswer[],
	group: (id: string) => string | undefined,
	load: ReviewLoad,
	now: Date
) => dueFor(statesFrom(answers).values(), group, load, now);

describe('review scheduling through ts-fsrs', () => {
	test('a right answer is due later than a wrong one, and both are due in the future', () => {
		const cards = scheduleCards([answer('k1', true, 1), answer('k2', false, 1)], 'normal');
		const now = new Date(at(1));
		expect(cards.get('k1')!.due.getTime()).toBeGreaterThan(cards.get('k2')!.due.getTime());
		expect(cards.get('k2')!.due.getTime()).toBeGreaterThanOrEqual(now.getTime());
	});

	test('the same answers and clock give the same schedule', () => {
		const attempts = [answer('k1', true, 1), answer('k1', true, 4), answer('e1', false, 2)];
		const a = scheduleCards(attempts, 'normal');
		const b = scheduleCards(attempts, 'normal');
		expect([...a].map(([id, c]) => [id, c.due.toISOString()])).toEqual(
			[...b].map(([id, c]) => [id, c.due.toISOString()])
		);
	});

	test('intensive keeps material closer than light', () => {
		const attempts = [answer('k1', true, 1), answer('k1', true, 3, 'review')];
		const light = scheduleCards(attempts, 'light').get('k1')!.due;
		const intensive = scheduleCards(attempts, 'intensive').get('k1')!.due;
		expect(intensive.getTime()).toBeLessThan(light.getTime());
	});

	test('missed questions come first, interleaved across cases', () => {
		const attempts = ['k1', 'k2', 'k3', 'e1', 'e2', 's1'].map((id) => answer(id, false, 1));
		const due = dueForReview(attempts, groupOf, 'normal', new Date(at(2)));
		expect(due.map((d) => d.group)).toEqual(['kz', 'es', 'su', 'kz', 'es', 'kz']);
		expect(due.every((d) => d.missed)).toBe(true);
	});

	test('nothing right and recent is due yet; it comes back after its interval', () => {
		const attempts = [answer('k1', true, 1)];
		expect(dueForReview(attempts, groupOf, 'normal', new Date(at(1, 10)))).toEqual([]);
		const later = dueForReview(attempts, groupOf, 'normal', new Date(at(60)));
		expect(later.map((d) => d.questionId)).toEqual(['k1']);
	});

	test('the daily cap counts reviews already done today', () => {
		const many = Array.from({ length: 20 }, (_, i) => answer(`x${i}`, false, 1));
		const all = (id: string) => (id.startsWith('x') ? 'g' : undefined);
		expect(dueForReview(many, all, 'light', new Date(at(2))).length).toBe(reviewLoads.light.perDay);
		const doneToday = [
			...many,
			...Array.from({ length: 5 }, (_, i) => answer(`x${i}`, false, 2, 'review'))
		];
		expect(dueForReview(doneToday, all, 'light', new Date(at(2, 12))).length).toBe(
			reviewLoads.light.perDay - 5
		);
	});
});

test('interleave alternates groups and keeps order within each', () => {
	const items = ['a1', 'a2', 'b1', 'c1', 'b2'].map((id) => ({ id, group: id[0]! }));
	expect(interleave(items).map((i) => i.id)).toEqual(['a1', 'b1', 'c1', 'a2', 'b2']);
});
