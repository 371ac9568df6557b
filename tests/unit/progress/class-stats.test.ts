import { describe, expect, test } from 'vitest';
import { confusion, questionStats, type ClassAnswer } from '$lib/progress/class-stats';

const single = (learnerId: string, questionId: string, choice: string, correct: boolean) =>
	({
		learnerId,
		questionId,
		answer: { kind: 'single', choice },
		correct,
		shown: false,
		flagged: false
	}) satisfies ClassAnswer;

describe('question statistics for a class', () => {
	test('facility counts first answers only; a retry or "show me" never raises it', () => {
		const [q] = questionStats(
			['q1'],
			[
				single('a', 'q1', 'wrong', false),
				single('a', 'q1', 'right', true), // a retry after feedback
				single('b', 'q1', 'right', true),
				{ ...single('c', 'q1', 'x', true), answer: null, shown: true }
			]
		);
		expect(q).toMatchObject({ answered: 3, chosen: { wrong: 1, right: 1 } });
		expect(q!.facility).toBeCloseTo(1 / 3);
	});

	test('discrimination: the top third right and the bottom third wrong gives 1; too few learners gives none', () => {
		const learners = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6'];
		// the stronger a learner (by their other answers), the more likely right on q1
		const answers = learners.flatMap((l, i) => [
			single(l, 'other', 'o', i < 3),
			single(l, 'q1', i < 2 ? 'right' : 'wrong', i < 2)
		]);
		const [q1] = questionStats(['q1', 'other'], answers);
		expect(q1!.discrimination).toBe(1);
		const [few] = questionStats(['q1', 'other'], answers.slice(0, 10));
		expect(few!.discrimination).toBeUndefined();
	});

	test('a question everyone gets right, or wrong, does not discriminate', () => {
		const learners = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6'];
		const answers = learners.flatMap((l, i) => [
			single(l, 'other', 'o', i < 3),
			single(l, 'easy', 'right', true)
		]);
		expect(questionStats(['easy', 'other'], answers)[0]!.discrimination).toBe(0);
	});

	test('common wrong short answers, folded, most common first; flags counted', () => {
		const short = (l: string, text: string, correct: boolean, flagged = false): ClassAnswer => ({
			learnerId: l,
			questionId: 's',
			answer: { kind: 'short', text },
			correct,
			shown: false,
			flagged
		});
		const [s] = questionStats(
			['s'],
			[
				short('a', 'Nazarbayev ', false, true),
				short('b', 'nazarbayev', false),
				short('c', 'Massimov', false),
				short('d', 'Tokayev', true)
			]
		);
		expect(s!.wrongTexts).toEqual([
			{ text: 'nazarbayev', count: 2 },
			{ text: 'massimov', count: 1 }
		]);
		expect(s!.flags).toBe(1);
	});
});

test('the confusion table: which case learners put a feature in, against its own', () => {
	const question = {
		id: 'c1',
		caseOf: { k: 'Kazakhstan', s: 'Spain', u: 'USSR' },
		key: { i1: 'k', i2: 's', i3: 'u' }
	};
	const placed = (learnerId: string, placement: Record<string, string>): ClassAnswer => ({
		learnerId,
		questionId: 'c1',
		answer: { kind: 'categorize', placement },
		correct: false,
		shown: false,
		flagged: false
	});
	const counts = confusion(
		['Kazakhstan', 'Spain', 'USSR'],
		[question],
		[
			placed('a', { i1: 'k', i2: 'u', i3: 'u' }),
			placed('b', { i1: 'u', i2: 's', i3: 'u' }),
			placed('b', { i1: 'k', i2: 's', i3: 'u' }) // a second try: not counted
		]
	);
	expect(counts).toEqual([
		[1, 0, 1],
		[0, 1, 1],
		[0, 0, 2]
	]);
});
