import { describe, expect, test } from 'vitest';
import { shuffle, toPublic } from '$lib/quiz/public';
import { miniModule } from '../helpers';

const questions = miniModule().cases.flatMap((c) => c.sections.flatMap((s) => s.questions));

describe('toPublic', () => {
	test('no key, feedback, explanation or accepted answer survives', () => {
		for (const question of questions) {
			const json = JSON.stringify(toPublic(question));
			expect(json).not.toMatch(/"(correct|feedback\w*|explanation\w*|accept|category|sources)"/);
		}
	});

	test('order items are never shown in the authored (correct) order', () => {
		const order = questions.find((q) => q.kind === 'order')!;
		const shown = toPublic(order);
		if (shown.kind !== 'order' || order.kind !== 'order') throw new Error('kind');
		expect(shown.items.map((i) => i.id)).not.toEqual(order.items.map((i) => i.id));
		expect([...shown.items.map((i) => i.id)].sort()).toEqual(order.items.map((i) => i.id).sort());
	});

	test('match right sides are shuffled the same way on every call', () => {
		const match = questions.find((q) => q.kind === 'match')!;
		expect(toPublic(match)).toEqual(toPublic(match));
		const shown = toPublic(match);
		if (shown.kind !== 'match' || match.kind !== 'match') throw new Error('kind');
		expect(shown.rights.map((r) => r.id)).not.toEqual(match.pairs.map((p) => p.right.id));
	});
});

test('shuffle keeps every item and never returns the input order', () => {
	for (const seed of ['a', 'b', 'question-7', 'x'.repeat(40)]) {
		const items = [1, 2, 3, 4];
		const out = shuffle(items, seed);
		expect(out).not.toEqual(items);
		expect([...out].sort()).toEqual(items);
	}
});
