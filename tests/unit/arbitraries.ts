import fc from 'fast-check';
import type { Question, QuestionKind, QuestionOf } from '../../src/lib/content/types';
import { toForm } from '../../src/lib/quiz/public';
import type { Answer, AnswerOf } from '../../src/lib/quiz/types';

/** Any well-formed answer to a question of each kind, right or wrong. */
const answers: { [K in QuestionKind]: (q: QuestionOf<K>) => fc.Arbitrary<AnswerOf<K>> } = {
	single: (q) => fc.constantFrom(...q.options).map((o) => ({ kind: 'single', choice: o.id })),
	multiple: (q) =>
		fc
			.subarray(
				q.options.map((o) => o.id),
				{ minLength: 1 }
			)
			.map((choices) => ({ kind: 'multiple', choices })),
	order: (q) =>
		fc
			.shuffledSubarray(
				q.items.map((i) => i.id),
				{ minLength: q.items.length }
			)
			.map((order) => ({
				kind: 'order',
				order
			})),
	match: (q) =>
		fc
			.tuple(...q.pairs.map(() => fc.constantFrom(...q.pairs.map((p) => p.right.id))))
			.map((rights) => ({
				kind: 'match',
				pairs: Object.fromEntries(q.pairs.map((p, i) => [p.left.id, rights[i]!]))
			})),
	categorize: (q) =>
		fc
			.tuple(...q.items.map(() => fc.constantFrom(...q.categories.map((c) => c.id))))
			.map((groups) => ({
				kind: 'categorize',
				placement: Object.fromEntries(q.items.map((item, i) => [item.id, groups[i]!]))
			})),
	written: (q) =>
		fc
			.record({
				text: fc.string({ minLength: 1, maxLength: 200 }).filter((t) => t.trim() !== ''),
				rated: fc.subarray(q.rubric.map((p) => p.id)),
				rating: fc.constantFrom('met' as const, 'partly' as const, 'not' as const)
			})
			.map(({ text, rated, rating }) =>
				rated.length
					? { kind: 'written', text, ratings: Object.fromEntries(rated.map((id) => [id, rating])) }
					: { kind: 'written', text }
			),
	short: (q) =>
		fc
			.oneof(fc.constantFrom(...q.accept), fc.string({ minLength: 1, maxLength: 60 }))
			.filter((text) => text.trim() !== '')
			.map((text) => ({ kind: 'short', text }))
};

export function answerTo(question: Question): fc.Arbitrary<Answer> {
	return (answers[question.kind] as (q: Question) => fc.Arbitrary<Answer>)(question);
}

/** A valid answer to one of `questions`, as the fields of the form it travels in. */
export function validSubmission(questions: Question[]): fc.Arbitrary<[string, string][]> {
	return fc
		.constantFrom(...questions)
		.chain((q) =>
			answerTo(q).map((answer): [string, string][] => [['question', q.id], ...toForm(answer)])
		);
}

/** Field names a broken or hostile client might send: real ones, near misses and junk. */
const fieldName = (ids: string[]) =>
	fc.oneof(
		fc.constantFrom(
			'question',
			'choice',
			'text',
			'position.',
			'match.',
			'category.',
			'__proto__',
			'constructor'
		),
		fc
			.constantFrom('position.', 'match.', 'category.')
			.chain((prefix) =>
				fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...ids)).map((s) => prefix + s)
			),
		fc.string({ maxLength: 20 })
	);
const fieldValue = (ids: string[], huge: boolean) =>
	fc.oneof(
		fc.constantFrom(...ids, 'o1', 'o2', '1', '0', '-1', '', 'null', '[]', '{}'),
		fc.string({ maxLength: 40 }),
		fc.string({ unit: 'grapheme', maxLength: 40 }),
		fc.integer().map(String),
		...(huge ? [fc.nat({ max: 3 }).map((n) => 'x'.repeat(70_000 * n))] : [])
	);

/**
 * Submissions as they might arrive: malformed ones (fields a client invents, with ids of real
 * parts mixed in) and, one time in four, a valid answer to one of `questions`.
 */
export function submission(questions: Question[], ids: string[], huge = false) {
	return fc.oneof(
		{
			weight: 3,
			arbitrary: fc.array(fc.tuple(fieldName(ids), fieldValue(ids, huge)), { maxLength: 8 })
		},
		{ weight: 1, arbitrary: validSubmission(questions) }
	);
}

/** Every id a question has: its own and its parts'. */
export function idsOf(question: Question): string[] {
	return [question.id, ...JSON.stringify(question).matchAll(/"id":"([^"]+)"/g)].map((m) =>
		typeof m === 'string' ? m : m[1]!
	);
}
