import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages, answer, module } from './content';

const axe = (page: import('@playwright/test').Page) =>
	new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${colorScheme} mode`, () => {
		test.use({ colorScheme });

		// Every page in light mode; in dark mode, where only colours change, one page of each kind.
		const pages =
			colorScheme === 'light'
				? [...allPages(), '/missing-page']
				: [
						'/',
						'/progress',
						`/${module.slug}`,
						`/${module.slug}/${module.cases[0]!.slug}`,
						`/${module.slug}/compare`,
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
			await page.goto(`/${module.slug}/${firstCase.slug}`);
			// results of several kinds, from the first two sections
			const questions = firstCase.sections.slice(0, 2).flatMap((s) => s.questions);
			for (const [i, question] of questions.entries()) await answer(page, question, i % 2 === 0);
			await expect(page.locator(`#q-${questions.at(-1)!.id}-result`)).toBeVisible();
			const empty = module.cases[1]!.sections[0]!.questions[0]!;
			await page.goto(`/${module.slug}/${module.cases[1]!.slug}`);
			await page.locator(`#q-${empty.id}`).getByRole('button', { name: /check/i }).click();
			await expect(page.locator(`#q-${empty.id}-error`)).toBeVisible();
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
	await page.goto(`/${module.slug}/${firstCase.slug}`);
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
