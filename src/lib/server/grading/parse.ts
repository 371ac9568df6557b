import { z } from 'zod';
import type { Question } from '$lib/content/types';
import type { Answer } from '$lib/quiz/types';

export type Parsed = { answer: Answer } | { error: string; incomplete?: true };

/** Longest short answer we accept; anything longer is not an answer to a short question. */
export const maxTextLength = 300;

/**
 * Reads a submitted form into an answer for `question`. Every field must belong to the question's
 * kind and name one of its parts; anything else is refused with a message, never guessed at.
 */
export function parseFormAnswer(question: Question, form: FormData): Parsed {
	const fields = [...form.keys()].filter((key) => key !== 'question');
	const values = (name: string) => form.getAll(name);
	const one = (name: string): string | undefined => {
		const all = values(name);
		return all.length === 1 && typeof all[0] === 'string' ? all[0] : undefined;
	};
	const prefixed = (prefix: string) => fields.filter((key) => key.startsWith(prefix));
	const unexpected = (allowed: (key: string) => boolean): Parsed | undefined => {
		const extra = fields.find((key) => !allowed(key));
		return extra === undefined ? undefined : { error: `unexpected field "${extra.slice(0, 40)}"` };
	};

	switch (question.kind) {
		case 'single': {
			const bad = unexpected((key) => key === 'choice');
			if (bad) return bad;
			if (values('choice').length === 0)
				return { error: 'Choose an answer first.', incomplete: true };
			const choice = one('choice');
			if (choice === undefined) return { error: 'choose exactly one option' };
			return check(question, { kind: 'single', choice });
		}
		case 'multiple': {
			const bad = unexpected((key) => key === 'choice');
			if (bad) return bad;
			const choices = values('choice');
			if (choices.length === 0) return { error: 'Choose at least one option.', incomplete: true };
			if (!choices.every((c): c is string => typeof c === 'string'))
				return { error: 'options are text' };
			return check(question, { kind: 'multiple', choices });
		}
		case 'order': {
			const bad = unexpected((key) => key.startsWith('position.'));
			if (bad) return bad;
			const positions = new Map<string, number>();
			for (const key of prefixed('position.')) {
				const value = one(key) ?? '';
				if (value === '') return { error: 'Give every item a position.', incomplete: true };
				const position = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
				if (!Number.isInteger(position)) return { error: `position of "${key}" is not a number` };
				positions.set(key.slice('position.'.length), position);
			}
			if (positions.size !== question.items.length)
				return { error: 'Give every item a position.', incomplete: true };
			const order = [...positions].sort((a, b) => a[1] - b[1]);
			if (order.some(([, position], i) => position !== i + 1))
				return {
					error: 'Give each item a different position, from 1 to ' + question.items.length + '.',
					incomplete: true
				};
			return check(question, { kind: 'order', order: order.map(([id]) => id) });
		}
		case 'match':
		case 'categorize': {
			const prefix = question.kind === 'match' ? 'match.' : 'category.';
			const bad = unexpected((key) => key.startsWith(prefix));
			if (bad) return bad;
			const map: Record<string, string> = {};
			for (const key of prefixed(prefix)) {
				const value = one(key);
				if (value === undefined) return { error: `give one value for "${key.slice(0, 40)}"` };
				if (value !== '') map[key.slice(prefix.length)] = value;
			}
			const expected = question.kind === 'match' ? question.pairs.length : question.items.length;
			if (Object.keys(map).length < expected)
				return {
					error: question.kind === 'match' ? 'Match every item.' : 'Sort every item into a group.',
					incomplete: true
				};
			return check(
				question,
				question.kind === 'match'
					? { kind: 'match', pairs: map }
					: { kind: 'categorize', placement: map }
			);
		}
		case 'short': {
			const bad = unexpected((key) => key === 'text');
			if (bad) return bad;
			const text = one('text');
			if (text === undefined) return { error: 'send one "text" field' };
			if (text.trim() === '') return { error: 'Type an answer first.', incomplete: true };
			if (text.length > maxTextLength)
				return { error: `answers are at most ${maxTextLength} characters` };
			return check(question, { kind: 'short', text });
		}
	}
}

const id = z.string().max(64);
const answerSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('single'), choice: id }),
	z.strictObject({ kind: z.literal('multiple'), choices: z.array(id).max(64) }),
	z.strictObject({ kind: z.literal('order'), order: z.array(id).max(64) }),
	z.strictObject({ kind: z.literal('match'), pairs: z.record(id, id) }),
	z.strictObject({ kind: z.literal('categorize'), placement: z.record(id, id) }),
	z.strictObject({ kind: z.literal('short'), text: z.string().max(maxTextLength) })
]);

/** Checks a stored or posted answer object against the question (e.g. after content changed). */
export function parseAnswer(question: Question, value: unknown): Parsed {
	const result = answerSchema.safeParse(value);
	if (!result.success) return { error: 'answer does not have the shape of any question kind' };
	return check(question, result.data);
}

/** Every id in the answer must name a part of this question, each used once where that matters. */
function check(question: Question, answer: Answer): Parsed {
	if (answer.kind !== question.kind)
		return { error: `this is a ${question.kind} question, not ${answer.kind}` };
	const unknown = (ids: string[], known: string[]) => ids.find((i) => !known.includes(i));
	const optionIds = 'options' in question ? question.options.map((o) => o.id) : [];
	let bad: string | undefined;
	switch (answer.kind) {
		case 'single':
			bad = unknown([answer.choice], optionIds);
			break;
		case 'multiple':
			bad = unknown(answer.choices, optionIds);
			if (!bad && new Set(answer.choices).size !== answer.choices.length)
				return { error: 'an option is chosen twice' };
			break;
		case 'order': {
			const items = question.kind === 'order' ? question.items.map((i) => i.id) : [];
			bad = unknown(answer.order, items);
			if (
				!bad &&
				(new Set(answer.order).size !== items.length || answer.order.length !== items.length)
			)
				return { error: 'order every item exactly once' };
			break;
		}
		case 'match': {
			if (question.kind !== 'match') break;
			bad =
				unknown(
					Object.keys(answer.pairs),
					question.pairs.map((p) => p.left.id)
				) ??
				unknown(
					Object.values(answer.pairs),
					question.pairs.map((p) => p.right.id)
				);
			if (!bad && Object.keys(answer.pairs).length !== question.pairs.length)
				return { error: 'Match every item.', incomplete: true };
			break;
		}
		case 'categorize': {
			if (question.kind !== 'categorize') break;
			bad =
				unknown(
					Object.keys(answer.placement),
					question.items.map((i) => i.id)
				) ??
				unknown(
					Object.values(answer.placement),
					question.categories.map((c) => c.id)
				);
			if (!bad && Object.keys(answer.placement).length !== question.items.length)
				return { error: 'Sort every item into a group.', incomplete: true };
			break;
		}
		case 'short':
			break;
	}
	if (bad !== undefined)
		return { error: `"${bad.slice(0, 40)}" is not part of question ${question.id}` };
	return { answer };
}
