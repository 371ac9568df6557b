import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { answer, module, sectionPage } from './content';
import { killServer, startServer } from './server';

const firstCase = module.cases[0]!;
const section = firstCase.sections[0]!;
const sectionRow = (page: import('@playwright/test').Page) =>
	page
		.getByRole('table', { name: `Sections of ${firstCase.title}` })
		.getByRole('row', { name: new RegExp(section.title) });

test('mastery moves with a one-line reason as a section is answered', async ({ page }) => {
	await page.goto('/progress');
	await expect(page.getByRole('table', { name: `Sections of ${firstCase.title}` })).toBeVisible();
	await expect(sectionRow(page)).toContainText(
		`none of ${section.questions.length} questions answered yet`
	);

	await page.goto(sectionPage(firstCase, section));
	for (const question of section.questions) {
		await answer(page, question, true);
		await expect(page.locator(`#q-${question.id}-result`)).toHaveText('Right');
	}
	await page.goto('/progress');
	const n = section.questions.length;
	await expect(sectionRow(page)).toContainText('proficient');
	await expect(sectionRow(page)).toContainText(`up from`);
	await expect(sectionRow(page)).toContainText(`${n} of ${n} questions right on first try`);
	await expect(page.getByRole('table', { name: 'Mastery by thinking skill' })).toContainText(
		/right on first try|answered/
	);
	// the charts carry a summary for screen readers
	await expect(page.getByRole('img', { name: /Mastery by case:/ })).toBeVisible();
});

test('a missed question comes back on the review page and can be answered there', async ({
	page
}) => {
	const question = section.questions[0]!;
	await page.goto(sectionPage(firstCase, section));
	await answer(page, question, false);
	await expect(page.locator(`#q-${question.id}-result`)).toHaveText(/^(Not right|Partly right)/);

	await page.goto('/progress');
	await page.getByRole('link', { name: /Review 1 question/ }).click();
	await expect(page).toHaveURL(new RegExp(`/${module.slug}/review$`));
	await expect(page.locator(`#q-${question.id}`)).toBeVisible();
	await answer(page, question, true);
	await expect(page.locator(`#q-${question.id}-result`)).toHaveText('Right');
	await expect(page.getByText('Answered. Nothing else is due today.')).toBeVisible();
	// Only the first answer to a due question counts: no second try, and the server refuses one.
	await expect(
		page.locator(`#q-${question.id}`).getByRole('button', { name: /check/i })
	).toHaveCount(0);
	const again = await page.request.post(`/${module.slug}/answer`, {
		form: { question: question.id, context: 'review', intent: 'show' },
		headers: {
			origin: 'http://127.0.0.1:4173',
			accept: 'application/json',
			'x-sveltekit-action': 'true'
		}
	});
	expect(again.status()).toBe(400);
	expect(await again.text()).toContain('You have reviewed this question today');

	const data = await (await page.request.get('/progress/data.csv')).text();
	const lines = data.trim().split('\r\n');
	expect(lines[0]).toBe(
		'module,question,kind,context,correct,earned,total,answer,shown,flagged,at'
	);
	expect(lines).toHaveLength(3);
	expect(lines[2]).toContain('"review","yes"');

	// plain-word settings, no retention number
	await page.getByRole('radio', { name: /^Light/ }).check();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('radio', { name: /^Light/ })).toBeChecked();
});

test('progress moves to a second browser with the recovery code, merging only after confirmation', async ({
	browser
}) => {
	const laptop = await browser.newContext();
	const phone = await browser.newContext();
	try {
		// The phone answers first, so the answers merged into the laptop's are older than its own.
		const b = await phone.newPage();
		await b.goto(sectionPage(firstCase, section));
		await answer(b, section.questions[1]!, true);
		await expect(b.locator(`#q-${section.questions[1]!.id}-result`)).toHaveText('Right');

		const a = await laptop.newPage();
		await a.goto(sectionPage(firstCase, section));
		await answer(a, section.questions[0]!, true);
		await expect(a.locator(`#q-${section.questions[0]!.id}-result`)).toHaveText('Right');
		await a.reload(); // a repeat visit: served from the page cache from here on
		await a.goto('/progress');
		await a.getByRole('button', { name: 'Show my recovery code' }).click();
		const code = (await a.locator('.code').textContent())!;
		expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

		await b.goto('/progress');
		await b
			.getByLabel('Have a code from another device?')
			.fill(code.toLowerCase().replaceAll('-', ' '));
		await b.getByRole('button', { name: 'Continue that progress' }).click();
		await expect(b.locator('#recover-warning')).toContainText('already holds 1 answer');
		await b
			.getByRole('button', { name: 'They are mine: add them to the recovered progress' })
			.click();
		await expect(b.getByRole('status')).toContainText('added to your recovered progress');
		const merged = await (await b.request.get('/progress/data')).json();
		expect(merged.attempts.map((x: { question: string }) => x.question).sort()).toEqual(
			[section.questions[0]!.id, section.questions[1]!.id].sort()
		);
		// the laptop sees the merged progress too: it is one learner now
		const fromLaptop = await (await a.request.get('/progress/data')).json();
		expect(fromLaptop.attempts).toHaveLength(2);
		await a.goto(sectionPage(firstCase, section));
		for (const question of section.questions.slice(0, 2))
			await expect(a.locator(`#q-${question.id}-result`)).toHaveText('Right');
	} finally {
		await laptop.close();
		await phone.close();
	}
});

// On a server of its own: using up this browser's tries must not lock out the other tests.
test('wrong codes are refused and limited per browser, not per school network', async ({
	page,
	browser
}) => {
	test.setTimeout(60_000);
	const port = 4178;
	const server = await startServer(
		port,
		join(mkdtempSync(join(tmpdir(), 'parallels-limit-')), 'db.sqlite')
	);
	const progress = `http://127.0.0.1:${port}/progress`;
	const tryCode = async (p: import('@playwright/test').Page, code: string) => {
		await p.getByLabel('Have a code from another device?').fill(code);
		await p.getByRole('button', { name: 'Continue that progress' }).click();
	};
	const wrong = 'No progress has that code. Check it and try again.';
	try {
		await page.goto(progress);
		// the same typo sent again and again counts once
		for (let i = 0; i < 8; i++) {
			await tryCode(page, 'AAAA-BBBB-CCCC-DDDD');
			await expect(page.getByRole('alert')).toHaveText(wrong);
		}
		for (const code of ['AAAA-BBBB-CCCC-DDD1', 'AAAA-BBBB-CCCC-DDD2', 'AAAA-BBBB-CCCC-DDD3']) {
			await tryCode(page, code);
			await expect(page.getByRole('alert')).toHaveText(wrong);
		}
		await tryCode(page, 'AAAA-BBBB-CCCC-DDD4');
		await expect(page.getByRole('alert')).toHaveText(wrong);
		await tryCode(page, 'AAAA-BBBB-CCCC-DDD5');
		await expect(page.getByRole('alert')).toContainText('Too many wrong codes');

		// a classmate on the same network (the same address here) is not locked out
		const classmate = await browser.newContext();
		try {
			const other = await classmate.newPage();
			await other.goto(progress);
			await tryCode(other, 'ZZZZ-BBBB-CCCC-DDDD');
			await expect(other.getByRole('alert')).toHaveText(wrong);
		} finally {
			await classmate.close();
		}
	} finally {
		await killServer(server);
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });

	test('the recovery code and the choice after entering one are in view, not a page above', async ({
		page,
		browser
	}) => {
		await page.goto(sectionPage(firstCase, section));
		await answer(page, section.questions[0]!, true);
		await expect(page.locator(`#q-${section.questions[0]!.id}-result`)).toBeVisible();
		await page.goto('/progress');
		await page.getByRole('button', { name: 'Show my recovery code' }).click();
		const code = page.locator('.code');
		await expect(code).toBeInViewport();

		// a second phone with answers of its own is asked what to do with them, in view
		const other = await browser.newContext({ viewport: { width: 390, height: 800 } });
		try {
			const b = await other.newPage();
			await b.goto(sectionPage(firstCase, section));
			await answer(b, section.questions[1]!, true);
			await expect(b.locator(`#q-${section.questions[1]!.id}-result`)).toBeVisible();
			await b.goto('/progress');
			await b.getByLabel('Have a code from another device?').fill((await code.textContent())!);
			await b.getByRole('button', { name: 'Continue that progress' }).click();
			await expect(b.locator('#recover-warning')).toBeInViewport();
		} finally {
			await other.close();
		}
	});

	test('the progress page fits a phone: nothing clipped, levels read as levels', async ({
		page
	}) => {
		await page.goto('/progress');
		const overflow = await page.evaluate(() =>
			[...document.querySelectorAll('table')]
				.filter((t) => t.getBoundingClientRect().right > window.innerWidth + 1)
				.map((t) => t.querySelector('caption')?.textContent)
		);
		expect(overflow).toEqual([]);
		await expect(page.getByText('It is not the share of questions answered').first()).toBeVisible();
	});
});
