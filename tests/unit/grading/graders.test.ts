import { describe, expect, test } from 'vitest';
import { grade } from '$lib/server/grading';
import { normalizeAnswer } from '$lib/server/grading/kinds/short';
import { build, optionId, options } from '../builders';

describe('single choice', () => {
	const q = build('single', 'q-single', {
		options: options(['Wrong first'], ['Right', true], ['Wrong'])
	});
	const right = optionId(q, 'Right');
	test('the correct option earns the point, wherever it is listed', () => {
		expect(grade(q, { kind: 'single', choice: right })).toEqual({
			earned: 1,
			total: 1,
			correct: true,
			parts: { [right]: true }
		});
	});
	test('another option earns nothing', () => {
		expect(grade(q, { kind: 'single', choice: optionId(q, 'Wrong first') })).toMatchObject({
			earned: 0,
			correct: false
		});
	});
});

describe('multiple select: each option is a part', () => {
	const q = build('multiple', 'q-multiple', {
		options: options(['A', true], ['B'], ['C', true])
	});
	const [a, b, c] = ['A', 'B', 'C'].map((text) => optionId(q, text)) as [string, string, string];
	test('all right options and no wrong one is full marks', () => {
		expect(grade(q, { kind: 'multiple', choices: [c, a] })).toMatchObject({
			earned: 3,
			total: 3,
			correct: true
		});
	});
	test('a missed right option costs one part', () => {
		expect(grade(q, { kind: 'multiple', choices: [a] })).toEqual({
			earned: 2,
			total: 3,
			correct: false,
			parts: { [a]: true, [b]: true, [c]: false }
		});
	});
	test('choosing everything is not full marks', () => {
		expect(grade(q, { kind: 'multiple', choices: [a, b, c] })).toMatchObject({
			earned: 2,
			correct: false
		});
	});
});

describe('order: a point per item in its place', () => {
	const q = build('order', 'q-order', { items: ['First', 'Second', 'Third'] });
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
	const q = build('match', 'q-match', {
		pairs: [
			{ left: 'Tejero', right: 'Guardia Civil' },
			{ left: 'Yanayev', right: 'GKChP' }
		]
	});
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
	const q = build('categorize', 'q-categorize', {
		categories: ['Alpha', 'Beta'],
		items: [
			{ text: 'Price', category: 'Alpha' },
			{ text: 'Vote', category: 'Beta' }
		]
	});
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
	const q = build('short', 'q-short', {
		accept: ['CSTO', 'Collective Security Treaty Organization']
	});
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
	const q = build('single', 'q-x', { options: options(['A', true], ['B']) });
	expect(() => grade(q, { kind: 'short', text: 'x' })).toThrow();
});
