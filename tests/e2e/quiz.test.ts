import { expect, test } from '@playwright/test';
import { questionKinds } from '../../src/lib/content/kinds';
import { allQuestions, answer, module, pageOf, placeOf, sectionPage, worksheetOf } from './content';

const caseQuestions = allQuestions().filter((q) => placeOf(q).kind === 'section');
const kinds = questionKinds;

test('a learner opens a case, answers wrong then right, and the answer is kept', async ({
	page
}) => {
	const firstCase = module.cases[0]!;
	const question = firstCase.sections[0]!.questions.find((q) => q.kind === 'single')!;

	await page.goto('/');
	await page.getByRole('link', { name: module.title }).click();
	await page.getByRole('link', { name: firstCase.title, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstCase.title);
	// The overview leads to the first section, a page of its own.
	const firstSection = firstCase.sections[0]!;
	await page.getByRole('link', { name: `Start reading: ${firstSection.title}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstSection.title);

	// With JavaScript the answer goes to the page's answer action as an enhanced form; only the
	// progress comes back after it, not the page's prose again.
	const posted = page.waitForRequest((r) => r.method() === 'POST');
	const refreshed = page.waitForRequest((r) => r.url().includes('__data.json'));
	await answer(page, question, false);
	expect((await posted).url()).toMatch(new RegExp(`/${module.slug}/answer$`));
	const result = page.locator(`#q-${question.id}-result`);
	await expect(result).toHaveText('Not right this time');
	const total = firstCase.sections.reduce((n, s) => n + s.questions.length, 0);
	await expect(page.locator('.toc progress')).toHaveAttribute('value', '1');
	await expect(page.locator('.toc')).toContainText(`1 of ${total} answered, 0 right first time`);
	// The browser may drop a finished response's body, so the same request is made again with
	// the learner's cookie to weigh it.
	const again = await page.request.get((await refreshed).url());
	expect(again.ok()).toBe(true);
	expect((await again.body()).length).toBeLessThan(10_000);
	await expect(result).toBeFocused();
	await expect(page.locator(`#q-${question.id}`).getByRole('status')).toContainText(
		'Not right this time'
	);
	await expect(page.locator(`#q-${question.id} .sources a`).first()).toHaveAttribute(
		'href',
		new RegExp(`^/${module.slug}/sources#`)
	);

	await answer(page, question, true);
	await expect(result).toHaveText('Right');
	await expect(page.locator(`#q-${question.id}`)).toContainText('Attempt 2');

	await page.reload();
	await expect(page.locator(`#q-${question.id}-result`)).toHaveText('Right');
	await expect(page.locator(`#q-${question.id} input:checked`)).toHaveCount(1);

	// Answered again on a page that came with a result: the new result replaces the old one.
	await page.locator(`#q-${question.id}`).scrollIntoViewIfNeeded();
	await answer(page, question, false);
	await expect(result).toHaveText('Not right this time');
	await expect(page.locator(`#q-${question.id}`)).toContainText('Attempt 3');
});

// On a slow connection a new reader may send a second answer before the first one's result has
// come back: the first answer's response is what gives the browser its learner.
test('a new reader who answers again before the first result is back keeps both answers', async ({
	page
}) => {
	const c = module.cases[0]!;
	const [first, second] = c.sections[0]!.questions;
	await page.goto(sectionPage(c, c.sections[0]!));
	await page.waitForLoadState('networkidle');
	// A slow connection: every request takes the best part of a second to come back.
	const network = await page.context().newCDPSession(page);
	await network.send('Network.enable');
	await network.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 800,
		downloadThroughput: -1,
		uploadThroughput: -1
	});
	await answer(page, first!, true);
	await answer(page, second!, true);
	await expect(page.locator(`#q-${first!.id}-result`)).toHaveText('Right');
	await expect(page.locator(`#q-${second!.id}-result`)).toHaveText('Right');
	await page.reload();
	await expect(page.locator(`#q-${first!.id}-result`)).toHaveText('Right');
	await expect(page.locator(`#q-${second!.id}-result`)).toHaveText('Right');
	await expect(page.locator('.toc')).toContainText('2 of');
});

test('questions hydrate in place after the page: answered without a reload, server markup kept', async ({
	page
}) => {
	const firstCase = module.cases[0]!;
	const question = firstCase.sections.at(-1)!.questions.at(-1)!;
	await page.addInitScript(() => {
		addEventListener('DOMContentLoaded', () => {
			Object.assign(window, { served: [...document.querySelectorAll('article.question')] });
		});
	});
	await page.goto(worksheetOf(firstCase));
	await answer(page, question, true);
	await expect(page.locator(`#q-${question.id}-result`)).toHaveText('Right');
	// Still the document the server sent (answered through the enhanced form), with its own nodes.
	const kept = await page.evaluate(() => {
		const served = (window as { served?: Element[] }).served;
		return served?.length ? served.every((a) => a.isConnected) : false;
	});
	expect(kept).toBe(true);
});

for (const javaScriptEnabled of [true, false]) {
	test.describe(`every question kind, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });
		for (const kind of kinds.filter((k) => k !== 'written')) {
			test(`${kind}: wrong then right`, async ({ page }) => {
				const question = allQuestions().find((q) => q.kind === kind);
				test.skip(!question, `the content has no ${kind} question`);
				await page.goto(pageOf(question!));
				await answer(page, question!, false);
				await expect(page.locator(`#q-${question!.id}-result`)).toHaveText(
					/^(Not right|Partly right)/
				);
				await answer(page, question!, true);
				await expect(page.locator(`#q-${question!.id}-result`)).toHaveText('Right');
				await page.goto(pageOf(question!));
				await expect(page.locator(`#q-${question!.id}-result`)).toHaveText('Right');
			});
		}

		test('written: saved, then rated against the rubric, kept and never marked', async ({
			page
		}) => {
			const question = allQuestions().find((q) => q.kind === 'written')!;
			if (question.kind !== 'written') throw new Error('kind');
			const root = page.locator(`#q-${question.id}`);
			await page.goto(pageOf(question));
			await answer(page, question, true);
			const result = page.locator(`#q-${question.id}-result`);
			await expect(result).toHaveText(/^Saved: now compare it with the rubric/);
			await expect(root.getByText('A model answer')).toBeVisible();
			const first = root.locator('.rubric li').first();
			await first.getByLabel('Done').check();
			await root.getByRole('button', { name: 'Save again' }).click();
			await expect(result).toHaveText('Saved, with your own rating');
			await page.goto(pageOf(question));
			await expect(root.locator('textarea')).toHaveValue(/A claim, with evidence/);
			await expect(root.locator('.rubric li').first().getByLabel('Done')).toBeChecked();
			const data = await (await page.request.get('/progress/data')).json();
			expect(data.attempts.at(-1)).toMatchObject({
				question: question.id,
				correct: false,
				answer: { kind: 'written', text: 'A claim, with evidence and its sources, weighed.' }
			});
			// Never right or wrong: not in mastery, never due for review.
			await page.goto('/progress');
			await expect(page.getByText('No questions due for review.').first()).toBeVisible();
		});

		test('an incomplete answer gets a message and nothing is stored', async ({ page }) => {
			const question = caseQuestions.find((q) => q.kind === 'single')!;
			await page.goto(pageOf(question));
			await page.locator(`#q-${question.id}`).getByRole('button', { name: /check/i }).click();
			await expect(page.locator(`#q-${question.id}-error`)).toHaveText('Choose an answer first.');
			await expect(page.locator(`#q-${question.id}-result`)).toHaveCount(0);
			await page.goto('/progress');
			await expect(page.getByText('You have not answered any questions yet')).toBeVisible();
		});
	});
}

test('progress, continue, download and reset', async ({ page }) => {
	const firstCase = module.cases[0]!;
	const section = firstCase.sections[0]!;
	await page.goto(sectionPage(firstCase, section));
	await answer(page, section.questions[0]!, true);
	await expect(page.locator(`#q-${section.questions[0]!.id}-result`)).toHaveText('Right');

	await page.goto('/');
	const resume = page.getByRole('link', { name: /^Continue/ });
	await expect(resume).toHaveAttribute('href', sectionPage(firstCase, section));

	await page.goto('/progress');
	const row = page
		.getByRole('table', { name: `Sections of ${firstCase.title}` })
		.getByRole('row', { name: new RegExp(section.title) });
	await expect(row).toContainText(`1 of ${section.questions.length}`);
	await expect(row).toContainText(/attempted|familiar/i);

	const download = await page.request.get('/progress/data');
	expect(download.headers()['content-disposition']).toContain('attachment');
	const data = await download.json();
	expect(data.attempts).toHaveLength(1);
	expect(data.attempts[0]).toMatchObject({ question: section.questions[0]!.id, correct: true });

	await page.getByRole('link', { name: 'Reset my progress…' }).click();
	await expect(page.getByText('This cannot be undone.')).toBeVisible();
	await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
	await expect(page.getByRole('status')).toContainText('deleted');
	expect((await (await page.request.get('/progress/data')).json()).attempts).toEqual([]);
});

test('unknown pages get a friendly 404', async ({ page }) => {
	for (const path of [`/${module.slug}/atlantis-1999`, '/no-such-module', `/${module.slug}/x/y`]) {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
		await expect(page.getByRole('link', { name: 'Go to the list of modules' })).toBeVisible();
	}
});
