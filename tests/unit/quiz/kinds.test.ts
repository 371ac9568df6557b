import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import { kindComponents } from '$lib/components/quiz/kinds';
import { contentKinds, questionKinds } from '$lib/content/kinds';
import type { Question, QuestionKind, QuestionOf } from '$lib/content/types';
import { clientKinds } from '$lib/quiz/kinds';
import { toForm, toPublic } from '$lib/quiz/public';
import type { AnswerOf, PublicQuestion, Reveal } from '$lib/quiz/types';
import { arrangement } from '$lib/server/arrangement';
import { grade, parseFormAnswer, parseStoredAnswer, reveal } from '$lib/server/grading';
import { serverKinds } from '$lib/server/grading/kinds';
import { build } from '../builders';

/** Per kind: what an author writes, and a right and a wrong answer to it. */
interface Example<K extends QuestionKind> {
	fields: object;
	right(question: QuestionOf<K>): AnswerOf<K>;
	wrong(question: QuestionOf<K>): AnswerOf<K>;
}

const choice = [
	{ text: 'Kept', correct: true, feedback: 'Secret feedback on kept.' },
	{ text: 'Dropped', feedback: 'Secret feedback on dropped.' }
];

// A new kind is a compile error here until it has an example.
const examples: { [K in QuestionKind]: Example<K> } = {
	single: {
		fields: { options: choice },
		right: (q) => ({ kind: 'single', choice: q.options.find((o) => o.correct)!.id }),
		wrong: (q) => ({ kind: 'single', choice: q.options.find((o) => !o.correct)!.id })
	},
	multiple: {
		fields: { options: choice },
		right: (q) => ({
			kind: 'multiple',
			choices: q.options.filter((o) => o.correct).map((o) => o.id)
		}),
		wrong: (q) => ({ kind: 'multiple', choices: q.options.map((o) => o.id) })
	},
	order: {
		fields: { items: ['One', 'Two', 'Three'] },
		right: (q) => ({ kind: 'order', order: q.items.map((i) => i.id) }),
		wrong: (q) => ({ kind: 'order', order: q.items.map((i) => i.id).reverse() })
	},
	match: {
		fields: {
			pairs: [
				{ left: 'L1', right: 'R1' },
				{ left: 'L2', right: 'R2' }
			]
		},
		right: (q) => ({
			kind: 'match',
			pairs: Object.fromEntries(q.pairs.map((p) => [p.left.id, p.right.id]))
		}),
		wrong: (q) => ({
			kind: 'match',
			pairs: Object.fromEntries(q.pairs.map((p, i) => [p.left.id, q.pairs[1 - i]!.right.id]))
		})
	},
	categorize: {
		fields: {
			categories: ['A', 'B'],
			items: [
				{ text: 'x', category: 'A' },
				{ text: 'y', category: 'B' }
			]
		},
		right: (q) => ({
			kind: 'categorize',
			placement: Object.fromEntries(q.items.map((i) => [i.id, i.category]))
		}),
		wrong: (q) => ({
			kind: 'categorize',
			placement: Object.fromEntries(q.items.map((i) => [i.id, q.categories[0]!.id]))
		})
	},
	written: {
		fields: { rubric: ['Names a source', 'Weighs it'], model: 'A model answer, for comparison.' },
		right: (q) => ({ kind: 'written', text: 'My answer.', ratings: { [q.rubric[0]!.id]: 'met' } }),
		wrong: () => ({ kind: 'written', text: 'A first draft.' })
	},
	short: {
		fields: { accept: ['Kept'] },
		right: () => ({ kind: 'short', text: 'kept' }),
		wrong: () => ({ kind: 'short', text: 'dropped' })
	}
};

function formOf(questionId: string, fields: [string, string][]): FormData {
	const form = new FormData();
	form.append('question', questionId);
	for (const [name, value] of fields) form.append(name, value);
	return form;
}

describe.each(questionKinds)('the %s kind, through every registry', (kind) => {
	const example = examples[kind] as Example<QuestionKind>;
	const question = build(kind, `k-${kind}`, example.fields) as Question;
	const right = example.right(question as never);
	const wrong = example.wrong(question as never);
	const shown = toPublic(question, arrangement(new Uint8Array(32), undefined, question.id));

	test('is in the content, page, grading and component registries', () => {
		expect(contentKinds[kind]).toBeDefined();
		expect(clientKinds[kind]).toBeDefined();
		expect(serverKinds[kind]).toBeDefined();
		expect(kindComponents[kind]).toBeDefined();
	});

	test('is shown without its key, feedback or explanation', () => {
		expect(JSON.stringify(shown)).not.toMatch(
			/Secret feedback|Why, for|"correct"|"accept"|"category"/
		);
	});

	test('renders a form control for every field its answers travel in', () => {
		// Rendered with a result, since some fields only come then (a written answer's ratings).
		const Kind = kindComponents[kind] as Component<{ question: PublicQuestion; reveal: Reveal }>;
		const result = reveal(question, right, grade(question, right), 1, () => undefined);
		const { body } = render(Kind, { props: { question: shown, reveal: result } });
		for (const [name] of toForm(right)) expect(body).toContain(`name="${name}"`);
	});

	test('reads the form a right answer is sent as, and grades it right', () => {
		const parsed = parseFormAnswer(question, formOf(question.id, toForm(right)));
		expect(parsed).toEqual({ answer: right });
		if (question.graded) {
			expect(grade(question, right).correct).toBe(true);
			expect(grade(question, wrong).correct).toBe(false);
		} else expect(grade(question, right)).toMatchObject({ total: 0, correct: false });
	});

	test('reads a stored answer back, and reveals the key only after answering', () => {
		expect(parseStoredAnswer(question, JSON.parse(JSON.stringify(wrong)))).toEqual({
			answer: wrong
		});
		const shown = reveal(question, wrong, grade(question, wrong), 1, () => undefined);
		expect(shown.explanationHtml).toContain('Why, for');
		// Something to learn from: a key, accepted answers, or a rubric and a model answer.
		expect(
			Object.keys(shown.key).length + (shown.accepted?.length ?? 0) + (shown.rubric?.length ?? 0)
		).toBeGreaterThan(0);
	});
});
