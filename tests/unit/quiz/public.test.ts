import { describe, expect, test } from 'vitest';
import type { Question } from '$lib/content/types';
import { toPublic } from '$lib/quiz/public';
import { arrangement } from '$lib/server/arrangement';
import { build, options } from '../builders';

const secret = new Uint8Array(32).fill(7);
const other = new Uint8Array(32).fill(8);
const single = build('single', 'q-single', {
	options: options(['A', true], ['B'], ['C'], ['D'], ['E'], ['F'])
});
const order = build('order', 'q-order', { items: ['1', '2', '3', '4', '5', '6'] });
const ids = (q: Question, arrange = arrangement(secret, 'learner-1', q.id)) => {
	const shown = toPublic(q, arrange);
	return 'options' in shown
		? shown.options.map((o) => o.id)
		: 'items' in shown
			? shown.items.map((i) => i.id)
			: [];
};

describe('the order a learner sees', () => {
	test('is the same for the same learner on every visit', () => {
		expect(ids(single)).toEqual(ids(single));
	});

	test('differs between learners, and between servers with different secrets', () => {
		const orders = new Set(
			Array.from({ length: 20 }, (_, i) =>
				ids(single, arrangement(secret, `learner-${i}`, single.id)).join()
			)
		);
		expect(orders.size).toBeGreaterThan(10);
		expect(ids(single, arrangement(other, 'learner-1', single.id))).not.toEqual(ids(single));
	});

	test('puts the key anywhere: over many learners, each place holds it', () => {
		const key = single.options.find((o) => o.correct)!.id;
		const places = new Set(
			Array.from({ length: 200 }, (_, i) =>
				ids(single, arrangement(secret, `l${i}`, single.id)).indexOf(key)
			)
		);
		expect([...places].sort()).toEqual([0, 1, 2, 3, 4, 5]);
	});

	test('never shows an order question in its right (written) order', () => {
		const written = order.items.map((i) => i.id);
		for (let i = 0; i < 500; i++)
			expect(ids(order, arrangement(secret, `l${i}`, order.id))).not.toEqual(written);
	});

	test('keeps an option fixed in place where it is written', () => {
		const q = build('single', 'q-fixed', {
			options: [
				...options(['A', true], ['B'], ['C']),
				{ text: 'None of these', feedback: 'No.', fixed: true }
			]
		});
		const none = q.options.at(-1)!.id;
		for (let i = 0; i < 50; i++)
			expect(ids(q, arrangement(secret, `l${i}`, q.id)).at(-1)).toBe(none);
	});

	test('shows no key, feedback or explanation', () => {
		const json = JSON.stringify(toPublic(single, arrangement(secret, undefined, single.id)));
		expect(json).not.toMatch(
			/"(correct|fixed|feedback\w*|explanation\w*|accept|category|sources)"/
		);
	});
});
