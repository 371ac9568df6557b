import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allQuestions, answer, module, pagesOfEveryKind, pageOf, sectionPage } from './content';

const axe = (page: import('@playwright/test').Page) =>
	new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${colorScheme} mode`, () => {
		test.use({ colorScheme });

		// Pages of every kind in light mode; in dark mode, where only colours change, fewer.
		const pages =
			colorScheme === 'light'
				? [...pagesOfEveryKind(), '/missing-page']
				: [
						'/',
						'/progress',
						`/${module.slug}`,
						`/${module.slug}/${module.cases[0]!.slug}`,
						sectionPage(module.cases[0]!, module.cases[0]!.sections[0]!),
						`/${module.slug}/compare`,
						`/${module.slug}/compare/${module.dimensions[0]!.slug}`,
						`/${module.slug}/timeline`,
						`/${module.slug}/glossary`
					];
		for (const path of pages) {
			test(`no violations on ${path}`, async ({ page }) => {
				await page.goto(path);
				expect((await axe(page)).violations).toEqual([]);
			});
		}

		test('no violations on a case page with answers, feedback and an error shown', async ({
			page
		}) => {
			test.setTimeout(120_000);
			const firstCase = module.cases[0]!;
			// results of several kinds, a whole section answered so that it says it is done
			const section = firstCase.sections[0]!;
			await page.goto(sectionPage(firstCase, section));
			for (const [i, question] of section.questions.entries())
				await answer(page, question, i % 2 === 0);
			await expect(page.locator(`#q-${section.questions.at(-1)!.id}-result`)).toBeVisible();
			await expect(page.getByText('Section done')).toBeVisible();
			expect((await axe(page)).violations).toEqual([]);
			const empty = module.cases[1]!.sections[0]!.questions[0]!;
			await page.goto(pageOf(empty));
			await page.locator(`#q-${empty.id}`).getByRole('button', { name: /check/i }).click();
			await expect(page.locator(`#q-${empty.id}-error`)).toBeVisible();
			expect((await axe(page)).violations).toEqual([]);
			await page.goto(sectionPage(firstCase, section));
			expect((await axe(page)).violations).toEqual([]);
			await page.goto(`/${module.slug}/${firstCase.slug}`);
			expect((await axe(page)).violations).toEqual([]);
			await page.goto('/progress?confirm=reset');
			expect((await axe(page)).violations).toEqual([]);
		});
	});
}

test('keyboard: the skip link leads to the content and a question can be answered without a mouse', async ({
	page
}) => {
	const firstCase = module.cases[0]!;
	const question = firstCase.sections[0]!.questions.find((q) => q.kind === 'single')!;
	await page.goto(pageOf(question));
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#main')).toBeFocused();

	const right = question.kind === 'single' ? question.options.find((o) => o.correct)! : undefined;
	await page.locator(`#q-${question.id} input[value="${right!.id}"]`).focus();
	await page.keyboard.press('Space');
	await expect(page.locator(`#q-${question.id} input[value="${right!.id}"]`)).toBeChecked();
	await page.locator(`#q-${question.id}`).getByRole('button', { name: /check/i }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator(`#q-${question.id}-result`)).toBeFocused();
});

test('keyboard: an order question is put in order with the keyboard alone, each move said aloud', async ({
	page
}) => {
	const question = allQuestions().find((q) => q.kind === 'order')!;
	if (question.kind !== 'order') throw new Error('kind');
	await page.goto(pageOf(question));
	const root = page.locator(`#q-${question.id}`);
	// Arriving at the form by keyboard brings its code.
	await root.locator('select').first().focus();
	const items = root.locator('ol.moving li');
	await expect(items).toHaveCount(question.items.length);
	const shown = () =>
		root
			.locator('ol.moving input[type="hidden"]')
			.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name.slice(9)));
	for (const [k, item] of question.items.entries()) {
		const from = (await shown()).indexOf(item.id);
		if (from === k) continue;
		// Focus stays on the item as it moves: Enter again moves it again.
		await root.locator(`[id="${question.id}-${item.id}-up"]`).focus();
		for (let i = from; i > k; i--) await page.keyboard.press('Enter');
		await expect(root.locator('[aria-live="polite"]')).toContainText(
			`now ${k + 1} of ${question.items.length}`
		);
	}
	expect(await shown()).toEqual(question.items.map((item) => item.id));
	const positions = await root
		.locator('ol.moving input[type="hidden"]')
		.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
	expect(positions).toEqual(question.items.map((_, i) => String(i + 1)));
	await root.getByRole('button', { name: /check/i }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator(`#q-${question.id}-result`)).toHaveText('Right');
});
