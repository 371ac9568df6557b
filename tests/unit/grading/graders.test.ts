import { describe, expect, test } from 'vitest';
import { grade } from '$lib/server/grading';
import { normalizeAnswer } from '$lib/server/grading/normalize';
import { questionOf } from '../helpers';

describe('single choice', () => {
	const q = questionOf('a-single', 'single');
	test('the correct option earns the point', () => {
		expect(grade(q, { kind: 'single', choice: 'o1' })).toEqual({
			earned: 1,
			total: 1,
			correct: true,
			parts: { o1: true }
		});
	});
	test('another option earns nothing', () => {
		expect(grade(q, { kind: 'single', choice: 'o2' })).toMatchObject({ earned: 0, correct: false });
	});
});

describe('multiple select: each option is a part', () => {
	const q = questionOf('a-multiple', 'multiple');
	test('all right options and no wrong one is full marks', () => {
		expect(grade(q, { kind: 'multiple', choices: ['o1', 'o2'] })).toMatchObject({
			earned: 3,
			total: 3,
			correct: true
		});
	});
	test('a missed right option costs one part', () => {
		expect(grade(q, { kind: 'multiple', choices: ['o1'] })).toEqual({
			earned: 2,
			total: 3,
			correct: false,
			parts: { o1: true, o2: false, o3: true }
		});
	});
	test('choosing everything is not full marks', () => {
		expect(grade(q, { kind: 'multiple', choices: ['o1', 'o2', 'o3'] })).toMatchObject({
			earned: 2,
			correct: false
		});
	});
});

describe('order: a point per item in its place', () => {
	const q = questionOf('a-order', 'order');
	const [first, second, third] = q.items.map((item) => item.id) as [string, string, string];
	test('the authored order is right', () => {
		expect(grade(q, { kind: 'order', order: [first, second, third] })).toMatchObject({
			earned: 3,
			correct: true
		});
	});
	test('two swapped items lose two points', () => {
		expect(grade(q, { kind: 'order', order: [second, first, third] })).toEqual({
			earned: 1,
			total: 3,
			correct: false,
			parts: { [first]: false, [second]: false, [third]: true }
		});
	});
});

describe('match: a point per pair', () => {
	const q = questionOf('a-match', 'match');
	const [one, two] = q.pairs as [(typeof q.pairs)[0], (typeof q.pairs)[0]];
	test('all pairs right', () => {
		const pairs = { [one.left.id]: one.right.id, [two.left.id]: two.right.id };
		expect(grade(q, { kind: 'match', pairs })).toMatchObject({
			earned: 2,
			total: 2,
			correct: true
		});
	});
	test('swapped pairs earn nothing', () => {
		const pairs = { [one.left.id]: two.right.id, [two.left.id]: one.right.id };
		expect(grade(q, { kind: 'match', pairs })).toMatchObject({ earned: 0, correct: false });
	});
});

describe('categorize: a point per item', () => {
	const q = questionOf('a-categorize', 'categorize');
	const [alpha, beta] = q.categories.map((c) => c.id) as [string, string];
	const [price, vote] = q.items.map((i) => i.id) as [string, string];
	test('each item in its group', () => {
		expect(
			grade(q, { kind: 'categorize', placement: { [price]: alpha, [vote]: beta } })
		).toMatchObject({
			earned: 2,
			correct: true
		});
	});
	test('one item misplaced', () => {
		expect(grade(q, { kind: 'categorize', placement: { [price]: alpha, [vote]: alpha } })).toEqual({
			earned: 1,
			total: 2,
			correct: false,
			parts: { [price]: true, [vote]: false }
		});
	});
});

describe('short text', () => {
	const q = questionOf('a-short', 'short');
	test.each(['CSTO', 'c.s.t.o.', '  csto ', 'collective security treaty organization'])(
		'"%s" is accepted',
		(text) => {
			expect(grade(q, { kind: 'short', text }).correct).toBe(true);
		}
	);
	test.each(['NATO', '', '...'])('"%s" is not', (text) => {
		expect(grade(q, { kind: 'short', text })).toMatchObject({ earned: 0, correct: false });
	});
});

describe('normalizeAnswer', () => {
	test('folds case, accents, spacing and punctuation', () => {
		expect(normalizeAnswer('Gorbachëv')).toBe(normalizeAnswer('gorbachev'));
		expect(normalizeAnswer('Nur-Sultan')).toBe(normalizeAnswer('nur sultan'));
		expect(normalizeAnswer('Qasym-Jomart  Toqaev!')).toBe('qasymjomarttoqaev');
	});
});

test('an answer of another kind is a programming error, not a score', () => {
	expect(() => grade(questionOf('a-single', 'single'), { kind: 'short', text: 'x' })).toThrow();
});
