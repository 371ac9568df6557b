import { execFileSync } from 'node:child_process';
import { expect, type Browser, type Page } from '@playwright/test';

// Teachers and classes, made as people make them: an invitation from the command line, then the
// pages.
let emails = 0;

/**
 * An invitation link, made as an administrator makes it: `npm run teacher:invite`, in the test
 * server's database or in `database` (a SQLite file or a postgres:// address).
 */
export function invite(
	email: string,
	baseURL: string,
	database = process.env.PARALLELS_E2E_DATABASE!
): string {
	const where = /^postgres(ql)?:/.test(database)
		? { DATABASE_URL: database }
		: { DATABASE_PATH: database };
	const out = execFileSync(
		process.execPath,
		['--import', 'tsx', 'scripts/teacher-invite.ts', email],
		{ env: { ...process.env, ...where, ORIGIN: baseURL } }
	).toString();
	return /(http\S+\/teach\/invite\/\S+)/.exec(out)![1]!;
}

/** A teacher with an account, signed in on a browser of their own. */
export async function teacher(
	browser: Browser,
	baseURL: string,
	name = 'Ms Rivera',
	database?: string
) {
	const email = `teacher${++emails}-${Date.now()}@school.example`;
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await page.goto(invite(email, baseURL, database));
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('Password').fill('a long enough password');
	await page.getByRole('button', { name: 'Save and sign in' }).click();
	await signedIn(page, name);
	return { context, page, email };
}

/** Waits for the page to say the teacher is signed in. */
export async function signedIn(page: Page, name: string) {
	// Hashing a password is slow on purpose; with other work on the machine, slower still.
	await expect(page.getByText(`Signed in as ${name}.`)).toBeVisible({ timeout: 15_000 });
}

export async function makeClass(page: Page, name: string) {
	await page.goto('/teach');
	await page.getByLabel('Name of the class').fill(name);
	await page.getByRole('button', { name: 'Make the class' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	const code = /type the code (\w{4}-\w{4})/.exec(
		(await page.getByText('Learners open the join page').textContent())!
	)![1]!;
	return { code, url: page.url() };
}

export async function joinWith(page: Page, code: string, name: string) {
	await page.goto('/join');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Join code').fill(code.toLowerCase());
	await page.getByLabel('Your name in the class').fill(name);
	await page.getByRole('button', { name: 'Join', exact: true }).click();
	// joined, or told why not (an empty name is stopped by the browser before it is sent)
	if (name) await expect(page.getByRole('status').or(page.getByRole('alert'))).toBeVisible();
}
