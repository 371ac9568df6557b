// When a page paints and when its scripts arrive, in Chromium on a slow phone link (150 ms round
// trips, 1.6 Mbps down, the CPU slowed four times): the pages as served, their script preloads
// marked `fetchpriority="low"`, against the same pages with the mark taken out (the baseline, in
// the same run). Prints, per page, the median of the runs: first contentful paint, when the first
// script was asked for, when the last one had arrived, and the load event.
// Usage: npm run build && node bench/script-arrival.js [runs] [page name...]
import { launchChromium } from '../scripts/chromium.js';
import { chosenPages } from './pages.js';
import { startApp, stopApp } from './server.js';

const runs = Number(process.argv[2] ?? 5);
const chosen = chosenPages(process.argv.slice(3));
const port = 4345;

const app = await startApp(port);
const browser = await launchChromium();

async function load(path, lowPriority) {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
	try {
		const page = await context.newPage();
		// Both variants pass through the same interception, so that it costs them the same.
		await page.route(`http://127.0.0.1:${port}${path}`, async (route) => {
			const response = await route.fetch();
			const html = await response.text();
			await route.fulfill({
				response,
				body: lowPriority ? html : html.replaceAll(' fetchpriority="low"', '')
			});
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 150,
			downloadThroughput: 1.6e6 / 8,
			uploadThroughput: 750e3 / 8
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load' });
		await page.waitForTimeout(500);
		return await page.evaluate(() => {
			const scripts = performance
				.getEntriesByType('resource')
				.filter((entry) => entry.name.endsWith('.js'));
			return {
				paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
				firstAsked: Math.min(...scripts.map((entry) => entry.startTime)),
				lastArrived: Math.max(...scripts.map((entry) => entry.responseEnd)),
				load: performance.getEntriesByType('navigation')[0].loadEventEnd
			};
		});
	} finally {
		await context.close();
	}
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (n) => String(Math.round(n)).padStart(6);
try {
	console.log(`150 ms RTT, 1.6 Mbps, CPU slowed 4x, 412 px; median of ${runs} runs; times in ms\n`);
	console.log(
		'page               preloads   first paint   first script asked   last script arrived   load'
	);
	for (const [name, path] of chosen) {
		const seen = { default: [], low: [] };
		for (let i = 0; i < runs; i++) {
			seen.default.push(await load(path, false));
			seen.low.push(await load(path, true));
		}
		for (const [priority, results] of Object.entries(seen)) {
			const at = (key) => median(results.map((r) => r[key]));
			console.log(
				`${name.padEnd(18)} ${priority.padEnd(8)} ${ms(at('paint')).padStart(13)} ${ms(at('firstAsked')).padStart(20)} ${ms(at('lastArrived')).padStart(21)} ${ms(at('load'))}`
			);
		}
	}
} finally {
	await browser.close();
	await stopApp(app);
}
