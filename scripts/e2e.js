// Runs the Playwright suite against the production build in a real Chromium.
// Chromium is taken from CHROME_PATH, then /usr/bin/chromium, then Playwright's own browsers.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function findChromium() {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const path of candidates) if (path && existsSync(path)) return path;
	return undefined;
}

let chrome = findChromium();
if (!chrome) {
	try {
		const { chromium } = await import('playwright-core');
		const own = chromium.executablePath();
		if (own && existsSync(own)) chrome = own;
	} catch {
		// no Playwright browser either
	}
}
if (!chrome) {
	console.error(
		[
			'End-to-end tests need Chromium, and none was found.',
			'Looked at: $CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, and Playwright’s own browsers.',
			'Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium or Chrome binary.'
		].join('\n')
	);
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
