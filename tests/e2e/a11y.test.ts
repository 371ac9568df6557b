import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { urls } from '../../src/lib/content/urls';
import { allQuestions, answer, module, pageOf, sectionPage } from './content';
import { joinWith, makeClass, teacher } from './teachers';

const axe = (page: Page, rules?: string[]) =>
	(rules
		? new AxeBuilder({ page }).withRules(rules)
		: new AxeBuilder({ page }).withTags([
				'wcag2a',
				'wcag2aa',
				'wcag21a',
				'wcag21aa',
				'wcag22aa',
				'best-practice'
			])
	)
		// Only violations come back: passes are not serialised, which makes long pages quick.
		.options({ resultTypes: ['violations'] })
		// One axe.run in the page: the app has no frames, so axe's per-frame runs and their merge in
		// a blank page (the default) test nothing more, and take two to three times as long.
		.setLegacyMode(true)
		.analyze();

// Every kind of page, at a laptop's width and a phone's, in light and dark mode. All rules run
// at both widths; the colour scheme changes only colours, so in the second scheme the colour rules
// run again. One page load serves all four.
const colourRules = ['color-contrast', 'link-in-text-block'];

async function everyScreen(page: Page): Promise<Record<string, unknown[]>> {
	const found: Record<string, unknown[]> = {};
	for (const [width, height, scheme, rules] of [
		[1280, 800, 'light', undefined],
		[1280, 800, 'dark', colourRules],
		[390, 844, 'dark', undefined],
		[390, 844, 'light', colourRules]
	] as const) {
		await page.setViewportSize({ width, height });
		await page.emulateMedia({ colorScheme: scheme });
		const violations = (await axe(page, rules ? [...rules] : undefined)).violations;
		if (violations.length) found[`${width} px, ${scheme}`] = violations;
	}
	return found;
}

// One page of each kind (any case's worksheet shows the same parts as Kazakhstan's, the longest),
// and the parts some pages of a kind have and others lack: a lesson's section, and the dimension
// with a written task.
const [kazakhstan] = module.cases;
const lesson = module.cases.find((c) => c.kind === 'lesson')!;
const shortest = [...module.cases].sort(
	(a, b) =>
		a.sections.flatMap((s) => s.questions).length - b.sections.flatMap((s) => s.questions).length
)[0]!;
const everyKind = [
	'/',
	'/progress',
	urls.module(module.slug),
	urls.case(module.slug, kazakhstan!.slug),
	sectionPage(kazakhstan!, kazakhstan!.sections[0]!),
	sectionPage(lesson, lesson.sections[0]!),
	urls.worksheet(module.slug, shortest.slug),
	urls.compare(module.slug),
	urls.dimension(module.slug, module.dimensions[0]!.slug),
	urls.dimension(module.slug, module.dimensions.at(-1)!.slug),
	urls.timeline(module.slug),
	urls.review(module.slug),
	urls.sources(module.slug),
	urls.glossary(module.slug),
	'/progress?confirm=leave',
	'/join',
	'/teach',
	'/missing-page'
];

for (const path of everyKind) {
	test(`axe: no violations on ${path}`, async ({ page }) => {
		test.setTimeout(90_000);
		await page.goto(path);
		expect(await everyScreen(page)).toEqual({});
	});
}

test('axe: no violations with answers, feedback and an error shown', async ({ page }) => {
	test.setTimeout(120_000);
	const firstCase = module.cases[0]!;
	// results of several kinds, a whole section answered so that it says it is done
	const section = firstCase.sections[0]!;
	await page.goto(sectionPage(firstCase, section));
	for (const [i, question] of section.questions.entries())
		await answer(page, question, i % 2 === 0);
	await expect(page.locator(`#q-${section.questions.at(-1)!.id}-result`)).toBeVisible();
	await expect(page.getByText('Section done')).toBeVisible();
	expect(await everyScreen(page)).toEqual({});
	const empty = module.cases[1]!.sections[0]!.questions.find((q) => q.kind === 'single')!;
	await page.goto(pageOf(empty));
	await page.locator(`#q-${empty.id}`).getByRole('button', { name: /check/i }).click();
	await expect(page.locator(`#q-${empty.id}-error`)).toBeVisible();
	expect(await everyScreen(page)).toEqual({});
	for (const path of [
		`/${module.slug}/${firstCase.slug}`,
		'/progress',
		'/progress?confirm=reset'
	]) {
		await page.goto(path);
		expect(await everyScreen(page), path).toEqual({});
	}
});

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

test('axe: no violations on a teacher’s pages, with a class, a learner and a notice', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const { context, page } = await teacher(browser, baseURL!);
	const learner = await browser.newContext();
	try {
		expect(await everyScreen(page)).toEqual({});
		const { code, url } = await makeClass(page, 'Accessible class');
		const pupil = await learner.newPage();
		await pupil.goto(sectionPage(module.cases[0]!, module.cases[0]!.sections[0]!));
		await answer(pupil, module.cases[0]!.sections[0]!.questions[0]!, true);
		await joinWith(pupil, code, 'Jo');
		expect(await everyScreen(pupil)).toEqual({});
		// A section set as a test, with one question answered and its result held back.
		const section = module.cases[0]!.sections[0]!;
		await page.goto(url);
		await page.getByLabel('What to set').selectOption({ label: section.title });
		await page.getByLabel('Set as a test').check();
		await page.getByRole('button', { name: 'Set it' }).click();
		await pupil.goto(sectionPage(module.cases[0]!, section));
		await answer(pupil, section.questions[1]!, false);
		await expect(
			pupil.locator(`#q-${section.questions[1]!.id}`).getByText('Your answer is saved.')
		).toBeVisible();
		expect(await everyScreen(pupil)).toEqual({});
		await pupil.goto('/progress');
		expect(await everyScreen(pupil)).toEqual({});
		await page.goto(url);
		await page.getByRole('button', { name: 'New recovery code for Jo' }).click();
		await expect(page.getByRole('status')).toBeVisible();
		expect(await everyScreen(page)).toEqual({});
	} finally {
		await context.close();
		await learner.close();
	}
});
