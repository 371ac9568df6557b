import { expect, test } from '@playwright/test';
import { urls } from '../../src/lib/content/urls';
import { answer, module, sectionPage, worksheetOf } from './content';

const [kazakhstan, spain] = module.cases;
const attempts = async (page: import('@playwright/test').Page) =>
	(await (await page.request.get('/progress/data')).json()).attempts.length as number;

test('a case is read a section at a time: its overview leads in, a finished section says so and leads on', async ({
	page
}) => {
	const [first, second] = spain!.sections;
	await page.goto(urls.case(module.slug, spain!.slug));
	const list = page.locator('#plan ol');
	await expect(list.getByRole('listitem')).toHaveCount(spain!.sections.length);
	await expect(list.getByRole('listitem').first()).toContainText(/\d+ min, not started/);
	await page.getByRole('link', { name: `Start reading: ${first!.title}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.title);
	await expect(page.getByText(`Section 1 of ${spain!.sections.length}`)).toBeVisible();
	await expect(page.locator('aside a[aria-current="page"]')).toHaveText(first!.title);

	const status = page.locator('.after');
	for (const [i, question] of first!.questions.entries()) {
		await expect(status).not.toContainText('Section done');
		await answer(page, question, i % 2 === 0);
		await expect(page.locator(`#q-${question.id}-result`)).toBeVisible();
	}
	await expect(status).toContainText('Section done');
	await status.getByRole('link', { name: `Next section: ${second!.title}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title);
	await expect(page.locator('aside li').first()).toContainText('done');

	await page.goto(urls.case(module.slug, spain!.slug));
	await expect(
		page.getByRole('link', { name: `Continue where you left off: ${second!.title}` })
	).toHaveAttribute('href', sectionPage(spain!, second!));
});

test('the last section of a case, once done, offers the next case, the comparison and the review', async ({
	page
}) => {
	const last = kazakhstan!.sections.at(-1)!;
	await page.goto(sectionPage(kazakhstan!, last));
	await expect(page.getByRole('navigation', { name: 'Previous and next section' })).toContainText(
		`Previous: ${kazakhstan!.sections.at(-2)!.title}`
	);
	for (const question of last.questions) {
		await answer(page, question, true);
		await expect(page.locator(`#q-${question.id}-result`)).toBeVisible();
	}
	const status = page.locator('.after');
	await expect(status).toContainText('That was the last section.');
	await expect(status.getByRole('link', { name: `Next: ${spain!.title}` })).toHaveAttribute(
		'href',
		urls.case(module.slug, spain!.slug)
	);
	await expect(status.getByRole('link', { name: 'Compare the cases' })).toBeVisible();
	await expect(status.getByRole('link', { name: 'Review what you have answered' })).toBeVisible();
});

test('old links to a section or a question on the whole-case page go on to its own page', async ({
	page
}) => {
	const section = spain!.sections[2]!;
	const question = section.questions[1]!;
	await page.goto(`${urls.case(module.slug, spain!.slug)}#${section.slug}`);
	await expect(page).toHaveURL(new RegExp(`${sectionPage(spain!, section)}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.title);

	await page.goto(`${urls.case(module.slug, spain!.slug)}#q-${question.id}`);
	await expect(page).toHaveURL(new RegExp(`${sectionPage(spain!, section)}#q-${question.id}$`));
	await expect(page.locator(`#q-${question.id}`)).toBeVisible();

	const dimension = module.dimensions[3]!;
	await page.goto(`${urls.compare(module.slug)}#${dimension.slug}`);
	await expect(page).toHaveURL(new RegExp(`${urls.dimension(module.slug, dimension.slug)}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(dimension.title);
});

test('a link inside the prose to another section opens that section', async ({ page }) => {
	const from = spain!.sections.find((s) =>
		s.html.includes(`href="/${module.slug}/${spain!.slug}/`)
	)!;
	await page.goto(sectionPage(spain!, from));
	const link = page.locator(`.prose a[href^="/${module.slug}/${spain!.slug}/"]`).first();
	const target = (await link.getAttribute('href'))!;
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${target}$`));
	const section = spain!.sections.find((s) => target.endsWith(`/${s.slug}`))!;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.title);
});

test('a dimension of the comparison has its own page: every case, the synthesis, its quiz', async ({
	page
}) => {
	const [first, second] = module.dimensions;
	await page.goto(urls.compare(module.slug));
	await page.getByRole('link', { name: first!.title, exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.title);
	for (const c of module.cases.filter((c) => c.kind === 'case'))
		await expect(page.getByRole('heading', { name: c.shortTitle, level: 3 })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Weighing them' })).toBeVisible();
	await expect(page.locator('.quiz article.question')).toHaveCount(first!.questions.length);
	await page
		.getByRole('navigation', { name: 'Previous and next dimension' })
		.getByRole('link', { name: `Next: ${second!.title} →` })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an answer comes back to the page it was sent from, and a reload does not send it again', async ({
		page
	}) => {
		const section = spain!.sections[1]!;
		const [onSection, onWorksheet] = section.questions.filter((q) => q.kind === 'single');
		await page.goto(sectionPage(spain!, section));
		await answer(page, onSection!, true);
		await expect(page).toHaveURL(new RegExp(`${sectionPage(spain!, section)}#q-${onSection!.id}$`));
		await expect(page.locator(`#q-${onSection!.id}-result`)).toHaveText('Right');
		const stored = await attempts(page);
		await page.reload();
		await expect(page.locator(`#q-${onSection!.id}-result`)).toHaveText('Right');
		expect(await attempts(page)).toBe(stored);

		await page.goto(worksheetOf(spain!));
		await answer(page, onWorksheet!, false);
		await expect(page).toHaveURL(new RegExp(`${worksheetOf(spain!)}#q-${onWorksheet!.id}$`));
		await expect(page.locator(`#q-${onWorksheet!.id}-result`)).toBeVisible();
	});

	test('an old link to a section lands on its entry in the overview', async ({ page }) => {
		const section = spain!.sections[3]!;
		await page.goto(`${urls.case(module.slug, spain!.slug)}#${section.slug}`);
		const entry = page.locator(`li#${section.slug}`);
		await expect(entry).toBeInViewport();
		await expect(entry.getByRole('link')).toHaveAttribute('href', sectionPage(spain!, section));
	});
});
