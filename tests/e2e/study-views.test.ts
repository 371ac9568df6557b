import { expect, test, type Page } from '@playwright/test';
import { answer, module, sectionPage, worksheetOf } from './content';

const cases = module.cases.filter((c) => c.kind === 'case');
const eventsOf = (slug: string) => module.timeline.filter((e) => e.case === slug);

test.describe('aligned timeline', () => {
	test('arrow keys move between events, across lanes, and Enter opens the section', async ({
		page
	}) => {
		await page.goto(`/${module.slug}/timeline`);
		const points = page.locator('svg a.point');
		await expect(points).toHaveCount(module.timeline.length);
		// one tab stop for the whole chart
		await expect(page.locator('svg a.point[tabindex="0"]')).toHaveCount(1);
		await page.locator('svg a.point[tabindex="0"]').focus();
		const first = await page.evaluate(() => document.activeElement?.id);
		await page.keyboard.press('ArrowRight');
		const second = await page.evaluate(() => document.activeElement?.id);
		expect(second).not.toBe(first);
		expect(second).toMatch(/^point-/);
		await expect(page.locator('figcaption')).toContainText(cases[0]!.shortTitle);
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('figcaption')).toContainText(cases[1]!.shortTitle);
		const target = await page.evaluate(() =>
			(document.activeElement as HTMLAnchorElement).getAttribute('href')
		);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
	});

	test('the table lists every event, and lanes can be hidden', async ({ page }) => {
		await page.goto(`/${module.slug}/timeline`);
		await expect(page.locator('table tbody tr')).toHaveCount(module.timeline.length);
		await page.getByRole('checkbox', { name: cases[0]!.shortTitle }).uncheck();
		await expect(page.locator('table tbody tr')).toHaveCount(
			module.timeline.length - eventsOf(cases[0]!.slug).length
		);
		await expect(page.locator('svg .lane-label')).toHaveCount(cases.length - 1);
		await page.getByRole('radio', { name: 'Calendar dates' }).check();
		await expect(page).toHaveURL(/axis=calendar/);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('the picture and the table show, and the form hides lanes', async ({ page }) => {
			await page.goto(`/${module.slug}/timeline`);
			await expect(page.locator('svg a.point')).toHaveCount(module.timeline.length);
			await page.getByRole('checkbox', { name: cases[1]!.shortTitle }).uncheck();
			await page.getByRole('button', { name: 'Update' }).click();
			await expect(page.locator('svg .lane-label')).toHaveCount(cases.length - 1);
			await expect(page.locator('table tbody tr')).toHaveCount(
				module.timeline.length - eventsOf(cases[1]!.slug).length
			);
		});
	});
});

test('the comparison shows the chosen cases as columns', async ({ page }) => {
	// a box unticked before the page's script runs would need the form sent: wait for it
	await page.goto(`/${module.slug}/compare`, { waitUntil: 'networkidle' });
	const headers = page.locator('.grid thead th');
	await expect(headers).toHaveCount(cases.length + 1);
	await page.getByRole('checkbox', { name: cases[2]!.shortTitle }).uncheck();
	await expect(headers).toHaveCount(cases.length);
	await expect(page).toHaveURL(/case=/);
	// each cell keeps its citation
	await expect(page.locator('.grid tbody td').first().locator('.cite a').first()).toHaveAttribute(
		'href',
		new RegExp(`/${module.slug}/sources#`)
	);
});

test('the comparison shows two cases side by side on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto(`/${module.slug}/compare`);
	await expect(page.locator('.grid thead th:visible')).toHaveCount(3);
	await expect(page.getByText('On a narrow screen')).toBeVisible();
	// Deep in the grid, the row of case names is still in view.
	const grid = page.locator('.grid-scroll');
	await grid.evaluate((box) => box.scrollIntoView({ block: 'start' }));
	await grid.evaluate((box) => box.scrollBy(0, 3000));
	await expect(page.locator('.grid tbody tr').first()).not.toBeInViewport();
	await expect(page.locator('.grid thead th').nth(1)).toBeInViewport();
});

/** A section that links glossary terms, once its code runs: before that a term is a plain link. */
async function openSectionWithTerms(page: import('@playwright/test').Page) {
	const c = cases[0]!;
	await page.goto(
		sectionPage(
			c,
			c.sections.find((s) => s.refs.terms.length > 0)!
		)
	);
	await page.waitForLoadState('networkidle');
}

test('glossary terms show their definition on hover and focus, and Escape hides it', async ({
	page
}) => {
	await openSectionWithTerms(page);
	const term = page.locator('a.term').first();
	const id = (await term.getAttribute('href'))!.split('#')[1]!;
	const definition = module.glossary.find((t) => t.id === id)!;
	const popover = page.locator('#term-popover');
	await term.hover();
	await expect(popover).toBeVisible();
	await expect(popover).toContainText(definition.term);
	await expect(term).toHaveAttribute('aria-describedby', 'term-popover');
	await page.keyboard.press('Escape');
	await expect(popover).toBeHidden();
	await term.focus();
	await expect(popover).toBeVisible();
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

	test('a first tap on a glossary term shows its definition; a second opens the glossary', async ({
		page
	}) => {
		await openSectionWithTerms(page);
		const term = page.locator('a.term').first();
		const href = (await term.getAttribute('href'))!;
		const definition = module.glossary.find((t) => t.id === href.split('#')[1])!;
		const here = page.url();
		await term.tap();
		await expect(page.locator('#term-popover')).toContainText(definition.term);
		expect(page.url()).toBe(here);
		await term.tap();
		await expect(page).toHaveURL(new RegExp(`${href}$`));
	});
});

test.describe('the timeline on a phone', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

	test('opens on the crisis, names the key moments on the chart, and a tap shows a point before opening it', async ({
		page
	}) => {
		await page.goto(`/${module.slug}/timeline`);
		await page.waitForLoadState('networkidle');
		const onsets = module.timeline.filter((e) => e.onset);
		expect(onsets.length).toBeGreaterThan(0);
		await page
			.locator('figure.timeline svg')
			.evaluate((svg) => svg.scrollIntoView({ block: 'start' }));
		for (const onset of onsets) await expect(page.locator(`#point-${onset.id}`)).toBeInViewport();
		// each lane's name stays in view as the chart scrolls
		for (const c of cases)
			await expect(page.locator('svg text', { hasText: c.shortTitle })).toBeInViewport();
		await expect(page.locator('svg text.moment', { hasText: 'Start' })).toHaveCount(onsets.length);

		const target = page.locator(`#point-${onsets[0]!.id}`);
		// the chart may still be settling on the crisis: tap where the point is once it holds still
		const where = async () => JSON.stringify(await target.boundingBox());
		await expect
			.poll(async () => (await where()) === (await where()) && (await where()))
			.toBeTruthy();
		const box = (await target.boundingBox())!;
		expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
		const here = page.url();
		// Until the chart's script has run a dot is a link, and the chart says so; then it says what a
		// first tap does.
		await expect(page.getByText(/tap it again to open its section/)).toBeVisible();
		const tap = () => page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
		await tap();
		await expect(page.locator('figcaption [aria-live]')).toContainText(onsets[0]!.title);
		expect(page.url()).toBe(here);
		await tap();
		await expect(page).not.toHaveURL(here);
	});

	test('an event known only by its date is shown as its day, never before the timed events of that day', async ({
		page
	}) => {
		await page.goto(`/${module.slug}/timeline`);
		const onset = module.timeline.find((e) => e.onset && e.case === 'spain-1981')!;
		const sameDay = module.timeline.find(
			(e) => e.case === onset.case && e.date === onset.date && !e.time
		)!;
		const cx = async (id: string) =>
			Number(await page.locator(`#point-${id} .dot`).getAttribute('cx'));
		expect(await cx(sameDay.id)).toBeGreaterThan(await cx(onset.id));
		const row = page.getByRole('row', { name: new RegExp(sameDay.title.slice(0, 30)) });
		await expect(row).toContainText('time not known');
		await expect(row).toContainText(/between −\d+ h and \+\d+ h/);
	});
});

test('a case prints as a worksheet: no navigation, no controls, no results, references at the end', async ({
	page
}) => {
	const c = cases[0]!;
	const question = c.sections[0]!.questions[0]!;
	await page.goto(worksheetOf(c));
	// An answered question, so that there is a result for the print to leave out.
	await answer(page, question, false);
	const result = page.locator(`#q-${question.id}-result`);
	await expect(result).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(result).toBeHidden();
	await expect(page.locator('header.site-header')).toBeHidden();
	await expect(page.getByRole('button').first()).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Sources cited on this page' })).toBeVisible();
	await expect(page.locator('.references .url').first()).toContainText('http');
});

test.describe('the sources page, without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists sources by their label, marks weak and partisan ones, and filters by form', async ({
		page
	}) => {
		await page.goto(`/${module.slug}/sources`);
		const labels = await page.locator('.sources .label').allTextContents();
		expect(labels.length).toBe(module.sources.length);
		expect(new Set(labels).size).toBe(labels.length);
		const sorted = [...labels].sort((a, b) =>
			a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })
		);
		expect(labels).toEqual(sorted);

		await page.getByLabel('Kind').selectOption('partisan');
		await page.getByRole('button', { name: 'Show' }).click();
		await expect(page).toHaveURL(/mark=partisan/);
		const partisan = module.sources.filter((s) => s.marks?.includes('partisan'));
		await expect(page.locator('.sources li')).toHaveCount(partisan.length);
		await expect(page.getByRole('status')).toHaveText(
			`${partisan.length} of ${module.sources.length} sources.`
		);
		await expect(page.locator('.sources li').first()).toContainText('(partisan');

		await page.getByLabel('Words in its name, title or publisher').fill('Zarzuela');
		await page.getByLabel('Kind').selectOption('');
		await page.getByRole('button', { name: 'Show' }).click();
		await expect(page.locator('.sources li').first()).toContainText(/Zarzuela/i);
	});
});

test.describe("on a phone, when a page's script arrives", () => {
	test('nothing on the page moves: what shows before it stays where it was', async ({
		browser,
		baseURL
	}) => {
		const c = cases[0]!;
		// The pages whose scripts do most when they arrive: charts, pickers, lazy questions.
		const pages = [
			`/${module.slug}/${c.slug}`,
			sectionPage(c, c.sections[0]!),
			`/${module.slug}/compare`,
			`/${module.slug}/timeline`,
			'/progress'
		];
		const contexts = await Promise.all(
			[false, true].map((javaScriptEnabled) =>
				browser.newContext({ baseURL, javaScriptEnabled, viewport: { width: 390, height: 800 } })
			)
		);
		const [withoutScript, withScript] = await Promise.all(contexts.map((c) => c.newPage()));
		// Where each heading, paragraph, form, figure and table of the page's main part begins.
		const layoutOf = async (page: Page, path: string) => {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			return page
				.locator('main')
				.evaluate((main) =>
					[...main.querySelectorAll('h1, h2, h3, p, form, figure, table, section')].map(
						(e) => `${e.tagName} ${Math.round(e.getBoundingClientRect().top)}`
					)
				);
		};
		for (const path of pages)
			expect(await layoutOf(withScript!, path), path).toEqual(await layoutOf(withoutScript!, path));
		await Promise.all(contexts.map((c) => c.close()));
	});
});
