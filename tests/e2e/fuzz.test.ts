import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { idsOf, submission } from '../unit/arbitraries';
import { module } from './content';

// The parser and grader take 10,000 generated submissions in a unit test
// (tests/unit/grading/fuzz.test.ts); here a few hundred go through the running server, to show
// that what crosses the network is refused or stored in the same way.
const origin = 'http://127.0.0.1:4173';
const firstCase = module.cases[0]!;
const action = `/${module.slug}/answer`;
const questions = firstCase.sections.flatMap((s) => s.questions);
const ids = questions.flatMap(idsOf);

/** Posts as the enhanced form does: the result comes back as JSON. */
async function post(fields: [string, string][], cookie = '') {
	const response = await fetch(origin + action, {
		method: 'POST',
		headers: {
			origin,
			cookie,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(fields).toString(),
		redirect: 'manual'
	});
	const text = await response.text();
	return { response, stored: response.status === 200 && JSON.parse(text).type === 'success' };
}

test('400 submissions over HTTP, malformed and valid: no 5xx, exactly the valid ones stored', async () => {
	test.setTimeout(120_000);
	// A learner with one real answer, so that anything else stored would show.
	const q = questions.find((q) => q.kind === 'single')!;
	if (q.kind !== 'single') throw new Error('kind');
	const first = await post([
		['question', q.id],
		['choice', q.options[0]!.id]
	]);
	const cookie = (first.response.headers.get('set-cookie') ?? '').split(';')[0]!;
	expect(cookie).toMatch(/^parallels_learner=/);

	const statuses = new Map<number, number>();
	let stored = 0;
	await fc.assert(
		fc.asyncProperty(submission(questions, ids, true), async (fields) => {
			const result = await post(fields, cookie);
			const status = result.response.status;
			statuses.set(status, (statuses.get(status) ?? 0) + 1);
			if (result.stored) stored += 1;
			return status < 500;
		}),
		{ numRuns: 400, seed: 20261125 }
	);
	const data = await (await fetch(`${origin}/progress/data`, { headers: { cookie } })).json();
	expect(stored).toBeGreaterThan(40);
	expect(data.attempts.length).toBe(1 + stored);
	expect((await fetch(origin + '/')).status).toBe(200);
	console.log('statuses', Object.fromEntries(statuses));
});
