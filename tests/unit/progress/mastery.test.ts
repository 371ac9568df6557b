import { describe, expect, test } from 'vitest';
import { m } from '$lib/i18n';
import { unitMastery as masteryOf } from '$lib/progress/mastery';
import { statesFrom, type ListedAnswer } from '../helpers';

/** The mastery of a unit, from answers listed oldest first. */
const unitMastery = (ids: string[], answers: ListedAnswer[]) => masteryOf(ids, statesFrom(answers));

const ids = ['q1', 'q2', 'q3', 'q4', 'q5'];
const at = (day: number, minute = 0) => new Date(Date.UTC(2026, 0, day, 9, minute)).toISOString();
const quiz = (questionId: string, correct: boolean, day = 1, minute = 0): ListedAnswer => ({
	questionId,
	correct,
	context: 'quiz',
	createdAt: at(day, minute)
});
const review = (questionId: string, correct: boolean, day: number): ListedAnswer => ({
	...quiz(questionId, correct, day),
	context: 'review'
});

describe('mastery levels and their reasons', () => {
	test('not started', () => {
		const none = unitMastery(ids, []);
		expect(none.level).toBe('not-started');
		expect(m.mastery(none, 'sourcing questions')).toBe('none of 5 sourcing questions answered yet');
	});

	test('attempted: fewer than half answered', () => {
		expect(unitMastery(ids, [quiz('q1', true)]).level).toBe('attempted');
	});

	test('familiar: half answered, half of those right now (a retry counts)', () => {
		const familiar = unitMastery(ids, [
			quiz('q1', false),
			quiz('q2', true),
			quiz('q3', false),
			quiz('q1', true, 1, 5)
		]);
		expect(familiar.level).toBe('familiar');
		expect(m.masteryReason(familiar.level, familiar.counts)).toBe(
			'3 of 5 questions answered, 2 right now, 1 right on first try'
		);
	});

	test('proficient needs 80% right on the first try; retries do not make up for it', () => {
		const fourOfFive = ids.map((id, i) => quiz(id, i !== 4, 1, i));
		const proficient = unitMastery(ids, fourOfFive);
		expect(proficient.level).toBe('proficient');
		expect(m.masteryReason(proficient.level, proficient.counts, 'sourcing questions')).toBe(
			'4 of 5 sourcing questions right on first try; 0 of 5 recalled in a later review'
		);
		const threeOfFive = [
			...ids.map((id, i) => quiz(id, i < 3, 1, i)),
			quiz('q4', true, 1, 9),
			quiz('q5', true, 1, 9)
		];
		expect(unitMastery(ids, threeOfFive).level).toBe('familiar');
	});

	test('mastered: every question recalled in a review a day or more later', () => {
		const first = ids.map((id, i) => quiz(id, true, 1, i));
		const sameDay = ids.map((id) => ({ ...review(id, true, 1), createdAt: at(1, 30) }));
		expect(unitMastery(ids, [...first, ...sameDay]).level).toBe('proficient');
		const later = ids.map((id) => review(id, true, 3));
		const mastered = unitMastery(ids, [...first, ...later]);
		expect(mastered.level).toBe('mastered');
		expect(m.masteryReason(mastered.level, mastered.counts)).toBe(
			'all 5 questions recalled in review a day or more later'
		);
	});

	test('a level change says why, and a drop is never silent', () => {
		const first = ids.map((id, i) => quiz(id, true, 1, i));
		const recalled = ids.map((id) => review(id, true, 3));
		const up = unitMastery(ids, [...first, ...recalled]);
		expect(up.change).toEqual({ from: 'proficient', direction: 'up' });
		expect(m.mastery(up)).toBe(
			'up from proficient: all 5 questions recalled in review a day or more later'
		);
		const dropped = unitMastery(ids, [...first, ...recalled, review('q2', false, 9)]);
		expect(dropped.level).toBe('proficient');
		expect(dropped.change).toEqual({
			from: 'mastered',
			direction: 'down',
			cause: 'missed-in-review'
		});
		expect(m.mastery(dropped)).toMatch(/^down from mastered: a question was missed in review/);
	});

	test('answers to other questions do not count', () => {
		expect(unitMastery(['q1'], [quiz('other', true)]).level).toBe('not-started');
	});
});

describe('a miss made up for in spaced review', () => {
	test('counts toward proficient once it is right in a review a day or more later', () => {
		const first = ids.map((id, i) => quiz(id, i > 1, 1, i)); // q1 and q2 missed at first
		expect(unitMastery(ids, first).level).toBe('familiar');
		// Right again straight after the miss: understood now, not yet known.
		const retried = [...first, quiz('q1', true, 1, 30), quiz('q2', true, 1, 31)];
		expect(unitMastery(ids, retried).level).toBe('familiar');
		const reviewed = [...retried, review('q1', true, 3)];
		const m = unitMastery(ids, reviewed);
		expect(m.level).toBe('proficient');
		expect(m.counts).toMatchObject({ firstRight: 3, recovered: 1 });
	});

	test('a miss in the latest review takes it back', () => {
		const first = ids.map((id, i) => quiz(id, i > 1, 1, i));
		const reviewed = [...first, review('q1', true, 3), review('q1', false, 6)];
		expect(unitMastery(ids, reviewed).level).toBe('familiar');
	});
});
