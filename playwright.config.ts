import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from './scripts/chromium.js';

const port = 4173;
// Made once by the runner; its workers inherit it, so tests can reach the server's database.
const database = (process.env.PARALLELS_E2E_DATABASE ??= join(
	mkdtempSync(join(tmpdir(), 'parallels-e2e-')),
	'e2e.sqlite'
));

export default defineConfig({
	testDir: 'tests/e2e',
	workers: 1,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	timeout: 30_000,
	webServer: {
		command: 'node scripts/start.js',
		url: `http://127.0.0.1:${port}/`,
		// Scripted learners answer faster than anyone reads: the limit on that is tested on a server
		// of its own, with the default settings (abuse.test.ts).
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_PATH: database,
			ANSWERS_PER_MINUTE: '0'
		},
		reuseExistingServer: false,
		stdout: 'ignore'
	},
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
			args: chromiumArgs
		}
	}
});
