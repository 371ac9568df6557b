import { describe, expect, test } from 'vitest';
import { parseFormAnswer, parseStoredAnswer, revealStored } from '$lib/server/grading';
import { build, optionId, options } from '../builders';

function form(...entries: [string, string][]): FormData {
	const data = new FormData();
	for (const [key, value] of entries) data.append(key, value);
	return data;
}

const single = build('single', 'p-single', { options: options(['Right', true], ['Wrong']) });
const [right, wrong] = [optionId(single, 'Right'), optionId(single, 'Wrong')];

describe('parseFormAnswer', () => {
	test('single: one known option', () => {
		expect(parseFormAnswer(single, form(['question', single.id], ['choice', wrong]))).toEqual({
			answer: { kind: 'single', choice: wrong }
		});
		expect(parseFormAnswer(single, form(['choice', 'o9']))).toEqual({
			error: '"o9" is not part of question p-single'
		});
		expect(parseFormAnswer(single, form(['choice', right], ['choice', wrong]))).toEqual({
			error: 'choose exactly one option'
		});
		expect(parseFormAnswer(single, form())).toEqual({
			error: 'Choose an answer first.',
			incomplete: true
		});
	});

	test('an extra field is refused', () => {
		expect(parseFormAnswer(single, form(['choice', right], ['admin', '1']))).toEqual({
			error: 'unexpected field "admin"'
		});
	});

	test('an answer shaped for another kind is refused', () => {
		expect(parseFormAnswer(single, form(['text', 'CSTO']))).toEqual({
			error: 'unexpected field "text"'
		});
		expect(parseStoredAnswer(single, { kind: 'short', text: 'CSTO' })).toEqual({
			error: 'not an answer to a single question'
		});
	});

	test('multiple: several known options, none twice', () => {
		const q = build('multiple', 'p-multiple', {
			options: options(['A', true], ['B'], ['C', true])
		});
		const [a, c] = [optionId(q, 'A'), optionId(q, 'C')];
		expect(parseFormAnswer(q, form(['choice', a], ['choice', c]))).toEqual({
			answer: { kind: 'multiple', choices: [a, c] }
		});
		expect(parseFormAnswer(q, form(['choice', a], ['choice', a]))).toEqual({
			error: 'an option is chosen twice'
		});
	});

	test('order: positions become an order; gaps and repeats are refused', () => {
		const q = build('order', 'p-order', { items: ['First', 'Second', 'Third'] });
		const [a, b, c] = q.items.map((i) => i.id) as [string, string, string];
		const positions = (...values: [string, string][]) =>
			parseFormAnswer(q, form(...values.map(([id, n]): [string, string] => [`position.${id}`, n])));
		expect(positions([a, '2'], [b, '3'], [c, '1'])).toEqual({
			answer: { kind: 'order', order: [c, a, b] }
		});
		expect(positions([a, '1'], [b, '1'], [c, '2'])).toEqual({
			error: 'Give each item a different position, from 1 to 3.',
			incomplete: true
		});
		expect(positions([a, '1'])).toEqual({ error: 'Give every item a position.', incomplete: true });
		expect(positions([a, 'x'], [b, '2'], [c, '3'])).toEqual({
			error: `position of "position.${a}" is not a number`
		});
		expect(positions(['nope', '1'], [b, '2'], [c, '3'])).toEqual({
			error: '"nope" is not part of question p-order'
		});
	});

	test('match: every left gets a known right', () => {
		const q = build('match', 'p-match', {
			pairs: [
				{ left: 'Tejero', right: 'Guardia Civil' },
				{ left: 'Yanayev', right: 'GKChP' }
			]
		});
		const [one, two] = q.pairs as [(typeof q.pairs)[0], (typeof q.pairs)[0]];
		expect(
			parseFormAnswer(
				q,
				form([`match.${one.left.id}`, one.right.id], [`match.${two.left.id}`, two.right.id])
			)
		).toEqual({
			answer: { kind: 'match', pairs: { [one.left.id]: one.right.id, [two.left.id]: two.right.id } }
		});
		expect(
			parseFormAnswer(q, form([`match.${one.left.id}`, one.right.id], [`match.${two.left.id}`, '']))
		).toEqual({
			error: 'Match every item.',
			incomplete: true
		});
		expect(
			parseFormAnswer(
				q,
				form([`match.${one.left.id}`, 'bogus'], [`match.${two.left.id}`, two.right.id])
			)
		).toEqual({ error: '"bogus" is not part of question p-match' });
	});

	test('categorize: every item gets a known group', () => {
		const q = build('categorize', 'p-categorize', {
			categories: ['Alpha', 'Beta'],
			items: [
				{ text: 'Price', category: 'Alpha' },
				{ text: 'Vote', category: 'Beta' }
			]
		});
		const [x, y] = q.items.map((i) => i.id) as [string, string];
		const [alpha] = q.categories.map((c) => c.id) as [string];
		expect(parseFormAnswer(q, form([`category.${x}`, alpha], [`category.${y}`, alpha]))).toEqual({
			answer: { kind: 'categorize', placement: { [x]: alpha, [y]: alpha } }
		});
		expect(parseFormAnswer(q, form([`category.${x}`, alpha]))).toEqual({
			error: 'Sort every item into a group.',
			incomplete: true
		});
	});

	test('short: text within the length limit', () => {
		const q = build('short', 'p-short', { accept: ['CSTO'] });
		expect(parseFormAnswer(q, form(['text', ' CSTO ']))).toEqual({
			answer: { kind: 'short', text: ' CSTO ' }
		});
		expect(parseFormAnswer(q, form(['text', '   ']))).toEqual({
			error: 'Type an answer first.',
			incomplete: true
		});
		expect(parseFormAnswer(q, form(['text', 'x'.repeat(301)]))).toEqual({
			error: 'answers are at most 300 characters'
		});
	});

	test('a file upload is not text', () => {
		const q = build('short', 'p-short', { accept: ['CSTO'] });
		const data = new FormData();
		data.append('text', new Blob(['CSTO']), 'answer.txt');
		expect(parseFormAnswer(q, data)).toEqual({ error: 'send one "text" field' });
	});
});

describe('parseStoredAnswer', () => {
	test('a stored answer that still fits the question is read back', () => {
		expect(parseStoredAnswer(single, { kind: 'single', choice: right })).toEqual({
			answer: { kind: 'single', choice: right }
		});
	});

	test('a stored answer naming an option the question no longer has does not fit', () => {
		expect(parseStoredAnswer(single, { kind: 'single', choice: 'o1' })).toEqual({
			error: '"o1" is not part of question p-single'
		});
	});
});

describe('revealStored', () => {
	const stored = (answer: unknown, version: string | null = single.version) => ({
		answer,
		shown: false,
		version,
		attempts: 1
	});
	test('an answer to the question as it is shows with its result', () => {
		const shown = revealStored(single, stored({ kind: 'single', choice: right }), () => undefined);
		expect(shown).toMatchObject({ answer: { choice: right }, score: { correct: true } });
	});
	test('an answer to an older version of the question is not re-graded: the page says so', () => {
		expect(
			revealStored(single, stored({ kind: 'single', choice: right }, 'old'), () => undefined)
		).toBe('changed');
		expect(
			revealStored(single, stored({ kind: 'single', choice: 'o1' }, null), () => undefined)
		).toBe('changed');
	});
	test('a question the learner asked to be shown reveals its key with no answer', () => {
		const shown = revealStored(single, { ...stored(null), shown: true }, () => undefined);
		expect(shown).toMatchObject({ shown: true, answer: undefined, score: { correct: false } });
		if (shown === 'changed') throw new Error('changed');
		expect(shown.key[right]).toBe('correct');
	});
});
