import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { answer, module, pageOf } from './content';
import { killServer, startServer } from './server';

test('answers survive the server being killed and restarted', async ({ browser }) => {
	const port = 4175;
	const database = join(mkdtempSync(join(tmpdir(), 'parallels-restart-')), 'restart.sqlite');
	const base = `http://127.0.0.1:${port}`;
	const firstCase = module.cases[0]!;
	const question = firstCase.sections[0]!.questions[0]!;

	let server = await startServer(port, database);
	const context = await browser.newContext({ baseURL: base });
	const page = await context.newPage();
	try {
		await page.goto(pageOf(question));
		await answer(page, question, true);
		await expect(page.locator(`#q-${question.id}-result`)).toHaveText('Right');

		await killServer(server, 'SIGKILL');
		server = await startServer(port, database);

		await page.goto(pageOf(question));
		await expect(page.locator(`#q-${question.id}-result`)).toHaveText('Right');
		await page.goto('/progress');
		await expect(
			page
				.getByRole('table', { name: `Sections of ${firstCase.title}` })
				.getByRole('row', { name: new RegExp(firstCase.sections[0]!.title) })
		).toContainText(`1 of ${firstCase.sections[0]!.questions.length}`);
	} finally {
		await context.close();
		await killServer(server, 'SIGTERM');
	}
});
