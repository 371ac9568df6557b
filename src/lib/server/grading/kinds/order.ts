import { z } from 'zod';
import { m } from '$lib/i18n';
import { positionPrefix } from '$lib/quiz/kinds/order';
import type { ServerKind } from './base.ts';
import { notPart, scoreOf, unexpected, unknownId } from './base.ts';

export const order: ServerKind<'order'> = {
	answer: z.strictObject({ kind: z.literal('order'), order: z.array(z.string().max(64)).max(64) }),
	fromForm(question, fields) {
		const bad = unexpected(fields, (name) => name.startsWith(positionPrefix));
		if (bad) return bad;
		const positions = new Map<string, number>();
		for (const name of fields.names) {
			const value = fields.one(name) ?? '';
			if (value === '') return { error: m.errors.givePositions, incomplete: true };
			if (!/^\d{1,3}$/.test(value)) return { error: m.errors.positionNotNumber(name) };
			positions.set(name.slice(positionPrefix.length), Number(value));
		}
		if (positions.size !== question.items.length)
			return { error: m.errors.givePositions, incomplete: true };
		const sorted = [...positions].sort((a, b) => a[1] - b[1]);
		if (sorted.some(([, position], i) => position !== i + 1))
			return {
				error: m.errors.differentPositions(question.items.length),
				incomplete: true
			};
		return order.check(question, { kind: 'order', order: sorted.map(([id]) => id) });
	},
	check(question, answer) {
		const items = question.items.map((item) => item.id);
		const bad = unknownId(answer.order, items);
		if (bad !== undefined) return notPart(bad, question.id);
		if (new Set(answer.order).size !== items.length || answer.order.length !== items.length)
			return { error: m.errors.orderOnce };
		return { answer };
	},
	/** Each item in its right position earns a point. */
	grade: (question, answer) =>
		scoreOf(
			Object.fromEntries(question.items.map((item, i) => [item.id, answer.order[i] === item.id]))
		),
	reveal: (question) => ({
		key: Object.fromEntries(question.items.map((item, i) => [item.id, String(i + 1)])),
		feedback: {}
	}),
	empty: () => ({ kind: 'order', order: [] })
};
