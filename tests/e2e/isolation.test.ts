import { randomBytes } from 'node:crypto';
import { expect, request as requests, test, type APIRequestContext } from '@playwright/test';
import { module, worksheetOf } from './content';

const origin = 'http://127.0.0.1:4173';
const firstCase = module.cases[0]!;
const casePage = worksheetOf(firstCase);
const [first, second] = firstCase.sections
	.flatMap((s) => s.questions)
	.filter((q) => q.kind === 'single');

/** A browser of its own: its own cookie jar, so its own learner once it answers. */
const learner = () => requests.newContext({ baseURL: origin });

async function answer(context: APIRequestContext, questionId: string, choice: string) {
	const response = await context.post(`/${module.slug}/answer`, {
		form: { question: questionId, choice },
		headers: { origin, accept: 'application/json' }
	});
	expect(response.status()).toBe(200);
}

const answered = async (context: APIRequestContext) =>
	((await (await context.get('/progress/data')).json()).attempts as { question: string }[]).map(
		(a) => a.question
	);

/** The questions whose result the case page shows to this browser. */
async function resultsShown(context: APIRequestContext) {
	const html = await (await context.get(casePage)).text();
	return [...html.matchAll(/id="q-([a-z0-9-]+)-result"/g)].map((m) => m[1]);
}

test("one learner's cookie never reads or changes another's progress", async () => {
	if (first?.kind !== 'single' || second?.kind !== 'single') throw new Error('kinds');
	const [ana, ben, stranger] = await Promise.all([learner(), learner(), learner()]);
	try {
		await answer(ana, first.id, first.options[0]!.id);
		await answer(ben, second.id, second.options[0]!.id);

		// each sees only their own answers, in their data and on the page (twice: the second
		// time from the page cache)
		for (let visit = 0; visit < 2; visit++) {
			expect(await answered(ana)).toEqual([first.id]);
			expect(await answered(ben)).toEqual([second.id]);
			expect(await resultsShown(ana)).toEqual([first.id]);
			expect(await resultsShown(ben)).toEqual([second.id]);
			expect(await resultsShown(stranger)).toEqual([]);
		}

		// a made-up cookie in the right shape, or a malformed one, is nobody's progress
		for (const value of [randomBytes(18).toString('base64url'), 'x', "'; drop table attempts"]) {
			const forged = await requests.newContext({
				baseURL: origin,
				extraHTTPHeaders: { cookie: `parallels_learner=${value}` }
			});
			expect(await answered(forged)).toEqual([]);
			expect(await resultsShown(forged)).toEqual([]);
			await forged.dispose();
		}

		// Ben deleting his progress leaves Ana's whole
		const reset = await ben.post('/progress?/reset', {
			form: {},
			headers: { origin, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(reset.status()).toBe(303);
		expect(await answered(ben)).toEqual([]);
		expect(await answered(ana)).toEqual([first.id]);
		expect(await resultsShown(ana)).toEqual([first.id]);
	} finally {
		await Promise.all([ana.dispose(), ben.dispose(), stranger.dispose()]);
	}
});
