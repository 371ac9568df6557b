import { expect, test, type APIRequestContext } from '@playwright/test';
import { module, pageOf } from './content';

const origin = 'http://127.0.0.1:4173';
const firstCase = module.cases[0]!;
const action = `/${module.slug}/answer`;
const questions = firstCase.sections.flatMap((s) => s.questions);
const single = questions.find((q) => q.kind === 'single')!;

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
	// Without JavaScript an answer sends the browser back to its question: a reload cannot repeat it.
	expect(ok.status()).toBe(303);
	expect(ok.headers().location).toBe(`${pageOf(single)}#q-${single.id}`);
	expect(await storedAttempts(request)).toBe(1);

	const bad: [Record<string, string>, RegExp][] = [
		[{}, /does not say which question/],
		[
			{ question: 'no-such-question', choice: 'o1' },
			/There is no question .no-such-question. in this module/
		],
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
		{ question: single.id, choice: 'o99' },
		{ origin, accept: 'application/json', 'x-sveltekit-action': 'true' }
	);
	expect(enhanced.status()).toBe(400);
	expect(await enhanced.json()).toMatchObject({ type: 'failure', status: 400 });
	expect(await storedAttempts(request)).toBe(1);
});

test('an answer left unfinished without JavaScript goes back to its question with a message', async ({
	request
}) => {
	const response = await post(request, { question: single.id });
	expect(response.status()).toBe(303);
	const page = await request.get(response.headers().location!);
	expect(await page.text()).toContain('Choose an answer first.');
	// shown once: the next visit is the page as it was
	expect(await (await request.get(response.headers().location!)).text()).not.toContain(
		'Choose an answer first.'
	);
	expect(await storedAttempts(request)).toBe(0);
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

	// A list of types that ends in a form type would slip past the origin check: not a form here.
	if (single.kind !== 'single') throw new Error('kind');
	for (const contentType of [
		'text/html, application/x-www-form-urlencoded',
		'text/plain, multipart/form-data; boundary=x'
	]) {
		const listed = await request.post(action, {
			data: `question=${single.id}&choice=${single.options[0]!.id}`,
			headers: {
				origin: 'https://evil.example',
				'content-type': contentType,
				accept: 'application/json'
			}
		});
		expect(listed.status(), contentType).toBeGreaterThanOrEqual(400);
		expect(listed.status(), contentType).toBeLessThan(500);
	}

	expect(await storedAttempts(request)).toBe(0);
	expect((await request.get('/')).status()).toBe(200);
});

test('answering in a module that does not exist is a 404', async ({ request }) => {
	const response = await request.post('/no-such-module/answer', {
		form: { question: single.id },
		headers: { origin }
	});
	expect(response.status()).toBe(404);
});
