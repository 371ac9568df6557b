import { expect, test } from 'vitest';
import { m } from '$lib/i18n';
import type { Reveal } from '$lib/quiz/types';
import { verdictOf } from '$lib/quiz/verdict';

const base = {
	questionId: 'q',
	graded: true,
	feedback: {},
	explanationHtml: '',
	sources: [],
	attempts: 1
};
const multiple = (choices: string[], earned: number): Reveal => ({
	...base,
	answer: { kind: 'multiple', choices },
	key: { a: 'correct', b: 'correct', c: 'incorrect', d: 'incorrect' },
	score: { earned, total: 4, correct: earned === 4, parts: {} }
});

test('choosing only a wrong option is not right, though leaving the others earns parts', () => {
	const v = verdictOf(multiple(['c'], 1));
	expect(v).toEqual({ kind: 'not-right' });
	expect(m.quiz.verdict(v)).toBe('Not right this time');
});

test('partial credit says what was right and what was wrong', () => {
	const v = verdictOf(multiple(['a', 'c'], 2));
	expect(v).toEqual({ kind: 'some-options', chosenRight: 1, right: 2, chosenWrong: 1 });
	expect(m.quiz.verdict(v)).toBe(
		'Partly right: you chose 1 of the 2 right options and 1 wrong one'
	);
});

test('an order counts the items in their right place', () => {
	const v = verdictOf({
		...base,
		answer: { kind: 'order', order: ['x', 'z', 'y'] },
		key: {},
		score: { earned: 1, total: 3, correct: false, parts: {} }
	});
	expect(m.quiz.verdict(v)).toBe('Partly right: 1 of 3 in the right place');
});

test('an answer the learner asked to be shown counts as not right', () => {
	const v = verdictOf({
		...base,
		shown: true,
		key: {},
		score: { earned: 0, total: 1, correct: false, parts: {} }
	});
	expect(v).toEqual({ kind: 'shown' });
});

test('a written answer is saved, never right or wrong', () => {
	const v = verdictOf({
		...base,
		graded: false,
		answer: { kind: 'written', text: 'Mine.', ratings: { p1: 'met' } },
		key: {},
		score: { earned: 0, total: 0, correct: false, parts: {} }
	});
	expect(v).toEqual({ kind: 'saved', rated: true });
});
