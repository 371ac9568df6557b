import { expect, test, type Browser, type Page } from '@playwright/test';
import { answer, module, sectionPage } from './content';

// A school's shared computer: pupils come and go on one browser.
const firstCase = module.cases[0]!;
const section = firstCase.sections[0]!;

/** A pupil on a browser of their own who has answered `n` questions and has their code. */
async function pupilWithCode(browser: Browser, questions: number) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(sectionPage(firstCase, section));
	for (const question of section.questions.slice(0, questions)) {
		await answer(page, question, true);
		await expect(page.locator(`#q-${question.id}-result`)).toHaveText('Right');
	}
	await page.goto('/progress');
	await page.getByRole('button', { name: 'Show my recovery code' }).click();
	const code = (await page.locator('.code').textContent())!;
	return { context, page, code };
}

async function answered(page: Page): Promise<string[]> {
	const data = await (await page.request.get('/progress/data')).json();
	return data.attempts.map((a: { question: string }) => a.question).sort();
}

async function enterCode(page: Page, code: string) {
	await page.goto('/progress');
	await page.getByLabel('Have a code from another device?').fill(code);
	await page.getByRole('button', { name: 'Continue that progress' }).click();
}

test('the recovery code shows only when asked for, never to the next visitor', async ({
	browser
}) => {
	const { context, page, code } = await pupilWithCode(browser, 1);
	try {
		await expect(page.locator('.code')).toHaveText(code);
		// the next person at this computer opens the progress page: no code on it
		await page.goto('/progress');
		await expect(page.getByText(code)).toHaveCount(0);
		expect(await page.content()).not.toContain(code);
	} finally {
		await context.close();
	}
});

test('continuing your own progress on a shared computer keeps the previous pupil’s apart, deleting nothing', async ({
	browser
}) => {
	const first = await pupilWithCode(browser, 1);
	const second = await pupilWithCode(browser, 2);
	try {
		// the second pupil sits down at the first pupil's browser and enters their own code
		await enterCode(first.page, second.code);
		await expect(first.page.locator('#recover-warning')).toContainText('perhaps someone else’s');
		await first.page
			.getByRole('button', { name: 'Keep them apart and continue the recovered progress' })
			.click();
		await expect(first.page.getByRole('status')).toContainText('stay stored apart');
		expect(await answered(first.page)).toEqual(
			section.questions
				.slice(0, 2)
				.map((q) => q.id)
				.sort()
		);

		// the first pupil's answers are still there, under their own code
		const later = await browser.newContext();
		try {
			const page = await later.newPage();
			await enterCode(page, first.code);
			await expect(page.getByRole('status')).toContainText('now continues your progress');
			expect(await answered(page)).toEqual([section.questions[0]!.id]);
		} finally {
			await later.close();
		}
	} finally {
		await first.context.close();
		await second.context.close();
	}
});

test('leaving a computer forgets the pupil there and deletes nothing; the code brings it back', async ({
	browser
}) => {
	const { context, page, code } = await pupilWithCode(browser, 1);
	try {
		await page.goto('/progress');
		await page.getByRole('link', { name: 'Leave this computer…' }).click();
		await expect(page.locator('#leave-explain')).toBeInViewport();
		await page.getByRole('button', { name: 'Leave this computer', exact: true }).click();
		await expect(page.getByRole('status')).toContainText('Nothing was deleted');
		expect((await context.cookies()).some((c) => c.name === 'parallels_learner')).toBe(false);
		await expect(page.getByRole('button', { name: 'Show my recovery code' })).toHaveCount(0);
		await page.goto(sectionPage(firstCase, section));
		await expect(page.locator(`#q-${section.questions[0]!.id}-result`)).toHaveCount(0);

		await enterCode(page, code);
		expect(await answered(page)).toEqual([section.questions[0]!.id]);
	} finally {
		await context.close();
	}
});

test('leaving works without JavaScript, and the code can be shown on the way out', async ({
	browser
}) => {
	const { context: first, code } = await pupilWithCode(browser, 1);
	await first.close();
	const context = await browser.newContext({ javaScriptEnabled: false });
	try {
		const page = await context.newPage();
		await enterCode(page, code);
		await page.goto('/progress?confirm=leave');
		await page.getByRole('button', { name: 'Show my recovery code' }).click();
		await expect(page.locator('.code')).toHaveText(code);
		await page.getByRole('button', { name: 'Leave this computer', exact: true }).click();
		await expect(page.getByRole('status')).toContainText('Nothing was deleted');
		expect((await context.cookies()).some((c) => c.name === 'parallels_learner')).toBe(false);
	} finally {
		await context.close();
	}
});

test('deleting says whether other browsers hold the same progress', async ({ browser }) => {
	const { context, page, code } = await pupilWithCode(browser, 1);
	try {
		await page.goto('/progress?confirm=reset');
		await expect(page.locator('#reset-warning')).toContainText('Only this browser holds');
		const phone = await browser.newContext();
		try {
			await enterCode(await phone.newPage(), code);
		} finally {
			await phone.close();
		}
		await page.goto('/progress?confirm=reset');
		await expect(page.locator('#reset-warning')).toContainText('entered on 1 other browser');
	} finally {
		await context.close();
	}
});
