import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { allQuestions, module } from './content';

const origin = 'http://127.0.0.1:4173';
const firstCase = module.cases[0]!;
const action = `/${module.slug}/${firstCase.slug}?/answer`;
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

test('10,000 malformed submissions: no 5xx, nothing stored but real answers, the server stays up', async ({
	request
}) => {
	test.setTimeout(240_000);
	const statuses = new Map<number, number>();
	let accepted = 0;
	await fc.assert(
		fc.asyncProperty(submission, async (fields) => {
			const body = new URLSearchParams(fields).toString();
			const response = await request.post(action, {
				data: body,
				headers: {
					origin,
					'content-type': 'application/x-www-form-urlencoded',
					accept: 'text/html'
				},
				maxRedirects: 0
			});
			const status = response.status();
			statuses.set(status, (statuses.get(status) ?? 0) + 1);
			if (status === 200) accepted += 1;
			return status < 500;
		}),
		{ numRuns: 10_000, seed: 20261125 }
	);
	const stored = (await (await request.get('/progress/data')).json()).attempts.length;
	expect(stored).toBe(accepted);
	expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
	expect((await request.get('/')).status()).toBe(200);
	console.log('statuses', Object.fromEntries(statuses));
});
