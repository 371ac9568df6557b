// Runs the Playwright suite against the production build in a real Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, noChromiumMessage } from './chromium.js';

const chrome = await findChromium();
if (!chrome) {
	console.error(noChromiumMessage);
	process.exit(1);
}
if (!existsSync('build/handler.js')) {
	console.error('No build found: run `npm run build` before the end-to-end tests.');
	process.exit(1);
}

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, CHROME_PATH: chrome }
});
process.exit(result.status ?? 1);
