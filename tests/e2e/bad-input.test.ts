import { expect, test, type APIRequestContext } from '@playwright/test';
import { allQuestions, module, placeOf } from './content';

const origin = 'http://127.0.0.1:4173';
const firstCase = module.cases[0]!;
const action = `/${module.slug}/${firstCase.slug}?/answer`;
const questions = firstCase.sections.flatMap((s) => s.questions);
const single = questions.find((q) => q.kind === 'single')!;
const otherCaseQuestion = allQuestions().find((q) => {
	const place = placeOf(q);
	return place.kind === 'section' && place.case !== firstCase.slug;
})!;

/** Posts as a browser without JavaScript does (an HTML page comes back). */
const post = (
	request: APIRequestContext,
	form: Record<string, string>,
	headers: Record<string, string> = { origin, accept: 'text/html' }
) => request.post(action, { form, headers, maxRedirects: 0 });

async function storedAttempts(request: APIRequestContext): Promise<number> {
	return (await (await request.get('/progress/data')).json()).attempts.length;
}

test('malformed submissions get a 400 with a message and store nothing', async ({ request }) => {
	if (single.kind !== 'single') throw new Error('kind');
	const ok = await post(request, { question: single.id, choice: single.options[0]!.id });
	expect(ok.status()).toBe(200);
	expect(await storedAttempts(request)).toBe(1);

	const bad: [Record<string, string>, RegExp][] = [
		[{}, /does not say which question/],
		[
			{ question: 'no-such-question', choice: 'o1' },
			/There is no question .no-such-question. on this page/
		],
		[{ question: otherCaseQuestion.id }, /There is no question/],
		[{ question: single.id }, /Choose an answer first/],
		[{ question: single.id, choice: 'o99' }, /is not part of question/],
		[{ question: single.id, choice: 'o1', extra: 'x' }, /unexpected field/i],
		[{ question: single.id, text: 'CSTO' }, /unexpected field/i],
		[{ question: single.id, 'position.abc': '1' }, /unexpected field/i]
	];
	for (const [form, message] of bad) {
		const response = await post(request, form);
		expect(response.status(), JSON.stringify(form)).toBe(400);
		expect(await response.text()).toMatch(message);
	}
	// the same refusal reaches an enhanced (JSON) request as a 400, too
	const enhanced = await post(
		request,
		{ question: single.id },
		{ origin, accept: 'application/json' }
	);
	expect(enhanced.status()).toBe(400);
	expect(await enhanced.json()).toMatchObject({ type: 'failure', status: 400 });
	expect(await storedAttempts(request)).toBe(1);
});

test('oversized, non-form and cross-site posts are refused without a crash', async ({
	request
}) => {
	const huge = await post(request, { question: single.id, text: 'x'.repeat(200_000) });
	expect([400, 413]).toContain(huge.status());

	const json = await request.post(action, {
		data: { question: single.id },
		headers: { origin, 'content-type': 'application/json' }
	});
	expect(json.status()).toBeGreaterThanOrEqual(400);
	expect(json.status()).toBeLessThan(500);

	const crossSite = await post(
		request,
		{ question: single.id, choice: 'o1' },
		{ origin: 'https://evil.example', accept: 'text/html' }
	);
	expect(crossSite.status()).toBe(403);

	expect(await storedAttempts(request)).toBe(0);
	expect((await request.get('/')).status()).toBe(200);
});

test('posting to a page that does not exist is a 404', async ({ request }) => {
	const response = await request.post(`/${module.slug}/nowhere?/answer`, {
		form: { question: single.id },
		headers: { origin }
	});
	expect(response.status()).toBe(404);
});
