import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { allQuestions, module } from './content';

const origin = 'http://127.0.0.1:4173';
const firstCase = module.cases[0]!;
const action = `/${module.slug}/${firstCase.slug}?/answer`;
/** The two doors for answers: the page's form action and the JSON endpoint. */
const target = fc.constantFrom(action, `/${module.slug}/answer`);
const ids = allQuestions().map((q) => q.id);

/** Field names a broken or hostile client might send: real ones, near misses and junk. */
const fieldName = fc.oneof(
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
		.chain((prefix) => fc.string({ maxLength: 12 }).map((s) => prefix + s)),
	fc.string({ maxLength: 20 })
);
const fieldValue = fc.oneof(
	fc.constantFrom(...ids, 'o1', 'o2', '1', '0', '-1', '', 'null', '[]', '{}'),
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.integer().map(String),
	fc.nat({ max: 3 }).map((n) => 'x'.repeat(70_000 * n))
);
const submission = fc.array(fc.tuple(fieldName, fieldValue), { maxLength: 8 });

test('10,000 malformed submissions: no 5xx, nothing stored but real answers, the server stays up', async () => {
	test.setTimeout(240_000);
	// A learner with one real answer, so that anything else stored would show.
	const first = await fetch(origin + action, {
		method: 'POST',
		headers: {
			origin,
			accept: 'application/json',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(validAnswer())
	});
	const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0]!;
	expect(cookie).toMatch(/^parallels_learner=/);

	const statuses = new Map<number, number>();
	let accepted = 0;
	await fc.assert(
		fc.asyncProperty(target, submission, async (url, fields) => {
			const response = await fetch(origin + url, {
				method: 'POST',
				headers: {
					origin,
					cookie,
					accept: 'application/json',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams(fields).toString(),
				redirect: 'manual'
			});
			await response.arrayBuffer();
			statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
			if (response.status === 200) accepted += 1;
			return response.status < 500;
		}),
		{ numRuns: 10_000, seed: 20261125 }
	);
	const data = await (await fetch(`${origin}/progress/data`, { headers: { cookie } })).json();
	expect(data.attempts.length).toBe(1 + accepted);
	expect((await fetch(origin + '/')).status).toBe(200);
	console.log('statuses', Object.fromEntries(statuses));
});

function validAnswer(): Record<string, string> {
	const question = firstCase.sections[0]!.questions.find((q) => q.kind === 'single')!;
	if (question.kind !== 'single') throw new Error('kind');
	return { question: question.id, choice: question.options[0]!.id };
}
