import { expect, test } from '@playwright/test';
import { brotliCompressSync, constants } from 'node:zlib';
import { answer, module, pagesOfEveryKind, sectionPage, worksheetOf } from './content';

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

test('a whole case on one page sends its prose, references and definitions once, as markup, not again as data', async ({
	request
}) => {
	const page = await (await request.get(worksheetOf(first!))).text();
	for (const section of first!.sections)
		expect(occurrences(page, plainRun(section.html)), section.slug).toBe(1);
	const cited = module.sources.find((s) => page.includes(`/sources#${s.id}"`))!;
	expect(occurrences(page, `<cite>${cited.title}</cite>`)).toBe(1);
	expect(page.match(/<script[^>]*>[\s\S]*?<\/script>/g)!.join('').length).toBeLessThan(60_000);
});

test('a section reached by a link in the browser shows its prose, references and definitions', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	// a section that defines terms, reached from the one before it
	const k = second!.sections.findIndex((s, i) => i > 0 && s.refs.terms.length > 0);
	const [from, section] = [second!.sections[k - 1]!, second!.sections[k]!];
	// the link is followed by the client's router once the page has started: wait for its scripts
	await page.goto(sectionPage(second!, from), { waitUntil: 'networkidle' });
	const navigated = page.waitForRequest((r) => r.url().includes(`/${section.slug}/__data.json`));
	await page
		.getByRole('navigation', { name: 'Previous and next section' })
		.getByRole('link', { name: `Next: ${section.title} →` })
		.click();
	await navigated;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.title);
	await expect(page.locator('.prose').first()).toContainText(plainRun(section.html));
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
	await page.goto(sectionPage(first!, first!.sections[0]!));
	const citation = page.locator('.prose .cite a').first();
	const id = (await citation.getAttribute('href'))!.split('#')[1]!;
	await citation.click();
	await expect(page).toHaveURL(new RegExp(`/${module.slug}/sources#${id}$`));
	await expect(page.locator(`li#${id}`)).toBeInViewport();
	await expect(page.locator(`li#${id}`)).toContainText(
		module.sources.find((s) => s.id === id)!.title
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every page links the styles of every component it shows', async ({ page }) => {
		for (const path of pagesOfEveryKind()) {
			await page.goto(path);
			const missing = await page.evaluate(() => {
				const css = [...document.styleSheets]
					.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
					.join('\n');
				const scoped = new Set(
					[...document.querySelectorAll('[class*="svelte-"]')].flatMap((element) =>
						[...element.classList].filter((name) => name.startsWith('svelte-'))
					)
				);
				return [...scoped].filter((name) => !css.includes(`.${name}`));
			});
			expect(missing, path).toEqual([]);
		}
	});
});

test('a section page on a phone fetches its scripts in a few files, within 40 KB brotli', async ({
	page
}) => {
	await page.setViewportSize({ width: 412, height: 823 });
	const scripts: Promise<Buffer>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response.body());
	});
	await page.goto(sectionPage(first!, first!.sections[1]!), { waitUntil: 'networkidle' });
	// Each file costs a round trip on a phone's link before its bytes come.
	expect(scripts.length).toBeLessThanOrEqual(16);
	const brotli = (body: Buffer) =>
		brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
	const bytes = (await Promise.all(scripts)).reduce((sum, body) => sum + brotli(body), 0);
	expect(bytes).toBeLessThanOrEqual(40 * 1024);
});

test('a question loads its code when it is near, and an answer sent before it is ready is not lost', async ({
	page
}) => {
	const question = first!.sections.at(-1)!.questions.find((q) => q.kind === 'single')!;
	await page.goto(worksheetOf(first!));
	await page.waitForLoadState('networkidle');
	const scripts = () =>
		page.evaluate(
			() =>
				performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js'))
					.length
		);
	const atLoad = await scripts();

	// The question's code is held back on the way, so the answer is sent before it has arrived.
	let release = () => {};
	const arrived = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await arrived;
		await route.continue();
	});
	const served = await page.locator(`#q-${question.id}`).elementHandle();
	const posted = page.waitForRequest((r) => r.method() === 'POST');
	await answer(page, question, true);
	release();
	expect((await posted).url()).toMatch(new RegExp(`/${module.slug}/answer$`));
	await expect(page.locator(`#q-${question.id}-result`)).toHaveText('Right');
	// Answered through the enhanced form: the same document, the same question element.
	expect(await served!.evaluate((node) => node.isConnected)).toBe(true);
	expect(await scripts()).toBeGreaterThan(atLoad);
});
