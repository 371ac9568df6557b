import { describe, expect, test } from 'vitest';
import { parseAnswer, parseFormAnswer } from '$lib/server/grading';
import { questionOf } from '../helpers';

function form(entries: [string, string][]): FormData {
	const data = new FormData();
	for (const [key, value] of entries) data.append(key, value);
	return data;
}

describe('parseFormAnswer', () => {
	test('single: one known option', () => {
		const q = questionOf('a-single', 'single');
		expect(
			parseFormAnswer(
				q,
				form([
					['question', q.id],
					['choice', 'o2']
				])
			)
		).toEqual({
			answer: { kind: 'single', choice: 'o2' }
		});
		expect(parseFormAnswer(q, form([['choice', 'o9']]))).toEqual({
			error: '"o9" is not part of question a-single'
		});
		expect(
			parseFormAnswer(
				q,
				form([
					['choice', 'o1'],
					['choice', 'o2']
				])
			)
		).toHaveProperty('error');
		expect(parseFormAnswer(q, form([]))).toEqual({
			error: 'Choose an answer first.',
			incomplete: true
		});
	});

	test('an extra field is refused', () => {
		const q = questionOf('a-single', 'single');
		expect(
			parseFormAnswer(
				q,
				form([
					['choice', 'o1'],
					['admin', '1']
				])
			)
		).toEqual({
			error: 'unexpected field "admin"'
		});
	});

	test('an answer shaped for another kind is refused', () => {
		const q = questionOf('a-single', 'single');
		expect(parseFormAnswer(q, form([['text', 'CSTO']]))).toEqual({
			error: 'unexpected field "text"'
		});
		expect(parseAnswer(q, { kind: 'short', text: 'CSTO' })).toEqual({
			error: 'this is a single question, not short'
		});
	});

	test('multiple: several known options, none twice', () => {
		const q = questionOf('a-multiple', 'multiple');
		expect(
			parseFormAnswer(
				q,
				form([
					['choice', 'o1'],
					['choice', 'o3']
				])
			)
		).toEqual({
			answer: { kind: 'multiple', choices: ['o1', 'o3'] }
		});
		expect(
			parseFormAnswer(
				q,
				form([
					['choice', 'o1'],
					['choice', 'o1']
				])
			)
		).toEqual({
			error: 'an option is chosen twice'
		});
	});

	test('order: positions become an order; gaps and repeats are refused', () => {
		const q = questionOf('a-order', 'order');
		const [a, b, c] = q.items.map((i) => i.id) as [string, string, string];
		expect(
			parseFormAnswer(
				q,
				form([
					[`position.${a}`, '2'],
					[`position.${b}`, '3'],
					[`position.${c}`, '1']
				])
			)
		).toEqual({ answer: { kind: 'order', order: [c, a, b] } });
		expect(
			parseFormAnswer(
				q,
				form([
					[`position.${a}`, '1'],
					[`position.${b}`, '1'],
					[`position.${c}`, '2']
				])
			)
		).toMatchObject({ incomplete: true });
		expect(parseFormAnswer(q, form([[`position.${a}`, '1']]))).toMatchObject({ incomplete: true });
		expect(
			parseFormAnswer(
				q,
				form([
					[`position.${a}`, 'x'],
					[`position.${b}`, '2'],
					[`position.${c}`, '3']
				])
			)
		).toHaveProperty('error');
		expect(
			parseFormAnswer(
				q,
				form([
					[`position.nope`, '1'],
					[`position.${b}`, '2'],
					[`position.${c}`, '3']
				])
			)
		).toEqual({ error: '"nope" is not part of question a-order' });
	});

	test('match: every left gets a known right', () => {
		const q = questionOf('a-match', 'match');
		const [one, two] = q.pairs;
		const ok = parseFormAnswer(
			q,
			form([
				[`match.${one!.left.id}`, one!.right.id],
				[`match.${two!.left.id}`, two!.right.id]
			])
		);
		expect(ok).toHaveProperty('answer');
		expect(
			parseFormAnswer(
				q,
				form([
					[`match.${one!.left.id}`, one!.right.id],
					[`match.${two!.left.id}`, '']
				])
			)
		).toEqual({
			error: 'Match every item.',
			incomplete: true
		});
		expect(
			parseFormAnswer(
				q,
				form([
					[`match.${one!.left.id}`, 'bogus'],
					[`match.${two!.left.id}`, two!.right.id]
				])
			)
		).toHaveProperty('error');
	});

	test('categorize: every item gets a known group', () => {
		const q = questionOf('a-categorize', 'categorize');
		const [x, y] = q.items.map((i) => i.id) as [string, string];
		const [alpha] = q.categories.map((c) => c.id) as [string];
		expect(
			parseFormAnswer(
				q,
				form([
					[`category.${x}`, alpha],
					[`category.${y}`, alpha]
				])
			)
		).toHaveProperty('answer');
		expect(parseFormAnswer(q, form([[`category.${x}`, alpha]]))).toMatchObject({
			incomplete: true
		});
	});

	test('short: text within the length limit', () => {
		const q = questionOf('a-short', 'short');
		expect(parseFormAnswer(q, form([['text', ' CSTO ']]))).toEqual({
			answer: { kind: 'short', text: ' CSTO ' }
		});
		expect(parseFormAnswer(q, form([['text', '   ']]))).toMatchObject({ incomplete: true });
		expect(parseFormAnswer(q, form([['text', 'x'.repeat(301)]]))).toEqual({
			error: 'answers are at most 300 characters'
		});
	});

	test('a file upload is not text', () => {
		const q = questionOf('a-short', 'short');
		const data = new FormData();
		data.append('text', new Blob(['CSTO']), 'answer.txt');
		expect(parseFormAnswer(q, data)).toHaveProperty('error');
	});
});
