import { expect, test } from '@playwright/test';
import { module } from './content';

// A run of plain words from the text of some HTML: it reads the same in markup and in a script.
function plainRun(html: string): string {
	const texts = html.split(/<[^>]+>/);
	return texts
		.map((text) => text.match(/[A-Za-z][A-Za-z ,]{40,}/))
		.find(Boolean)![0]
		.slice(0, 40);
}

const [first, second] = module.cases;
const occurrences = (page: string, text: string) => page.split(text).length - 1;

test('a case page sends its prose, references and definitions once, as markup, not again as data', async ({
	request
}) => {
	const page = await (await request.get(`/${module.slug}/${first!.slug}`)).text();
	for (const section of first!.sections)
		expect(occurrences(page, plainRun(section.html)), section.slug).toBe(1);
	const cited = module.sources.find((s) => page.includes(`/sources#${s.id}"`))!;
	expect(occurrences(page, `<cite>${cited.title}</cite>`)).toBe(1);
	expect(page.match(/<script[^>]*>[\s\S]*?<\/script>/g)!.join('').length).toBeLessThan(60_000);
});

test('a case reached by a link in the browser shows its prose, references and definitions', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	await page.goto(`/${module.slug}/${first!.slug}`);
	const navigated = page.waitForRequest((r) => r.url().includes(`/${second!.slug}/__data.json`));
	await page.getByRole('link', { name: `${second!.title} →` }).click();
	await navigated;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title);
	const section = second!.sections[0]!;
	await expect(page.locator(`#${section.slug} .prose`)).toContainText(plainRun(section.html));
	await expect(page.getByRole('heading', { name: 'Sources cited on this page' })).toBeVisible();
	const term = page.locator('a.term').first();
	const id = (await term.getAttribute('href'))!.split('#')[1]!;
	await term.hover();
	await expect(page.locator('#term-popover')).toContainText(
		module.glossary.find((t) => t.id === id)!.term
	);
	expect(errors).toEqual([]);
});

test('the sources and glossary send no script, and a citation in a case leads to its source', async ({
	page,
	request
}) => {
	for (const path of ['sources', 'glossary']) {
		const html = await (await request.get(`/${module.slug}/${path}`)).text();
		expect(html, path).not.toContain('<script');
	}
	await page.goto(`/${module.slug}/${first!.slug}`);
	const citation = page.locator('.prose .cite a').first();
	const id = (await citation.getAttribute('href'))!.split('#')[1]!;
	await citation.click();
	await expect(page).toHaveURL(new RegExp(`/${module.slug}/sources#${id}$`));
	await expect(page.locator(`li#${id}`)).toBeInViewport();
	await expect(page.locator(`li#${id}`)).toContainText(
		module.sources.find((s) => s.id === id)!.title
	);
});
