// Where Chromium is and how to start it here: shared by the test runner, benchmarks and tools.
import { existsSync } from 'node:fs';

/** Flags for headless runs on machines with no network beyond loopback. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** CHROME_PATH, then Debian's chromium, then Playwright's own browser; undefined when none. */
export async function findChromium() {
	for (const path of [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
		if (path && existsSync(path)) return path;
	}
	try {
		const { chromium } = await import('playwright-core');
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		// no Playwright browser either
	}
	return undefined;
}

/** Launches headless Chromium with playwright-core, or exits with a message saying what to install. */
export async function launchChromium() {
	const executablePath = await findChromium();
	if (!executablePath) {
		console.error(noChromiumMessage);
		process.exit(1);
	}
	const { chromium } = await import('playwright-core');
	return chromium.launch({ executablePath, args: ['--headless', ...chromiumArgs] });
}

export const noChromiumMessage = [
	'End-to-end tests need Chromium, and none was found.',
	'Looked at: $CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, and Playwright’s own browsers.',
	'Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium or Chrome binary.'
].join('\n');
