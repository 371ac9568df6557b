import { expect, test } from '@playwright/test';
import { allQuestions, answer, pageOf, placeOf } from './content';

// What keeps a score honest, as a learner meets it: a typo is not a wrong answer, not knowing is
// not a guess, and a learner who disagrees with a mark can say so.
const sectionQuestions = allQuestions().filter((q) => placeOf(q).kind === 'section');
const folded = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
const short = sectionQuestions.find(
	(q) =>
		q.kind === 'short' &&
		/^[A-Za-z ]+$/.test(q.accept[0]!) &&
		folded(q.accept[0]!).length >= 5 &&
		folded(q.accept[0]!).length <= 8
)!;
const single = sectionQuestions.find((q) => q.kind === 'single')!;

/** `text` with its letters from `from` on replaced by x (keeping spaces). */
function misspell(text: string, count: number): string {
	let left = count;
	return [...text]
		.reverse()
		.map((c) => (/[a-z]/i.test(c) && c.toLowerCase() !== 'x' && left-- > 0 ? 'x' : c))
		.reverse()
		.join('');
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('a typed answer one letter off is right; three letters off asks for a second look', async ({
			page
		}) => {
			if (short.kind !== 'short') throw new Error('kind');
			const root = page.locator(`#q-${short.id}`);
			await page.goto(pageOf(short));
			await root.locator('input[name="text"]').fill(misspell(short.accept[0]!, 3));
			await root.getByRole('button', { name: 'Check answer' }).click();
			await expect(page.locator(`#q-${short.id}-error`)).toContainText('Close: check the spelling');
			await expect(page.locator(`#q-${short.id}-result`)).toHaveCount(0);
			await root.locator('input[name="text"]').fill(misspell(short.accept[0]!, 1));
			await root.getByRole('button', { name: 'Check answer' }).click();
			await expect(page.locator(`#q-${short.id}-result`)).toHaveText('Right');
		});

		test('"show me the answer" marks the key, counts as not right, and can be flagged no more', async ({
			page
		}) => {
			await page.goto(pageOf(single));
			const root = page.locator(`#q-${single.id}`);
			await root.getByRole('button', { name: 'Show me the answer' }).click();
			await expect(page.locator(`#q-${single.id}-result`)).toHaveText(/^Shown, not answered/);
			await expect(root.getByText(/The right answer$/)).toBeVisible();
			await expect(root.getByRole('button', { name: 'I think my answer was right' })).toHaveCount(
				0
			);
			const data = await (await page.request.get('/progress/data')).json();
			expect(data.attempts).toMatchObject([{ question: single.id, correct: false, shown: true }]);
		});

		test('a learner marked wrong can say they think they were right; the mark stays', async ({
			page
		}) => {
			await page.goto(pageOf(single));
			await answer(page, single, false);
			const root = page.locator(`#q-${single.id}`);
			await expect(page.locator(`#q-${single.id}-result`)).toHaveText(/^Not right/);
			await root.getByRole('button', { name: 'I think my answer was right' }).click();
			await expect(root.getByText('It is kept for your teacher to read')).toBeVisible();
			await expect(page.locator(`#q-${single.id}-result`)).toHaveText(/^Not right/);
			const data = await (await page.request.get('/progress/data')).json();
			expect(data.attempts).toMatchObject([{ question: single.id, correct: false, flagged: true }]);
		});
	});
}

test('after checking, every option tells a screen reader whether it was chosen and right', async ({
	page
}) => {
	if (single.kind !== 'single') throw new Error('kind');
	await page.goto(pageOf(single));
	await answer(page, single, false);
	await expect(page.locator(`#q-${single.id}-result`)).toBeVisible();
	for (const option of single.options) {
		const input = page.locator(`#q-${single.id} input[value="${option.id}"]`);
		const description = await input.evaluate((el) =>
			el
				.getAttribute('aria-describedby')!
				.split(' ')
				.map((id) => document.getElementById(id)?.textContent?.trim())
				.join(' ')
		);
		expect(description, option.html).toMatch(
			option.correct
				? /The right answer, not chosen/
				: /Your choice: not right|Not chosen, not right/
		);
	}
});

for (const javaScriptEnabled of [true, false])
	test(`a hint, asked for before answering, stays shown and is recorded (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		const hinted = sectionQuestions.find((q) => q.hintHtml)!;
		await page.goto(pageOf(hinted));
		const root = page.locator(`#q-${hinted.id}`);
		await root.getByRole('button', { name: 'Show a hint' }).click();
		await expect(page.locator(`#q-${hinted.id}-hint`)).toContainText(hinted.hintHtml!.slice(0, 20));
		await expect(root.getByRole('button', { name: 'Show a hint' })).toHaveCount(0);
		await page.reload();
		await expect(page.locator(`#q-${hinted.id}-hint`)).toBeVisible();
		const data = await (await page.request.get('/progress/data')).json();
		expect(data.hints).toMatchObject([{ question: hinted.id }]);
		await context.close();
	});
