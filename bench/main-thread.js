// The main thread of a slow phone while a page loads: Chromium with its CPU slowed four times (as
// Lighthouse's mobile run assumes), a phone-sized screen, each page loaded with JavaScript and,
// as the baseline in the same run, without it. Prints, per page, the first paint, the longest task
// and the blocking time (each task's time beyond 50 ms, summed) from navigation to 3 s after
// load: the median of the runs. What the page's script adds is the difference between the two.
// Usage: npm run build && node bench/main-thread.js [runs] [page name...]
import { launchChromium } from '../scripts/chromium.js';
import { chosenPages } from './pages.js';
import { startApp, stopApp } from './server.js';

const runs = Number(process.argv[2] ?? 5);
const chosen = chosenPages(process.argv.slice(3));
const port = 4341;

const app = await startApp(port);
const browser = await launchChromium();

async function load(path, javaScriptEnabled) {
	const context = await browser.newContext({
		javaScriptEnabled,
		viewport: { width: 412, height: 823 },
		deviceScaleFactor: 1.75
	});
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		// Long tasks as the browser's tracing sees them: they are seen with JavaScript off too.
		await cdp.send('Tracing.start', {
			categories:
				'toplevel,loading,blink.user_timing,devtools.timeline,disabled-by-default-devtools.timeline',
			transferMode: 'ReturnAsStream'
		});
		await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load' });
		await page.waitForTimeout(3000);
		const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
		await cdp.send('Tracing.end');
		const { stream } = await done;
		let text = '';
		for (;;) {
			const chunk = await cdp.send('IO.read', { handle: stream });
			text += chunk.data;
			if (chunk.eof) break;
		}
		await cdp.send('IO.close', { handle: stream });
		const parsed = JSON.parse(text);
		const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
		// The page's renderer main thread is where its first contentful paint happened.
		const paint = events.find((e) => e.name === 'firstContentfulPaint');
		const onMain = (e) => e.pid === paint?.pid && e.tid === paint?.tid;
		const start = events
			.filter((e) => e.name === 'navigationStart' && onMain(e) && e.ts <= paint.ts)
			.at(-1)?.ts;
		const tasks = events
			.filter((e) => e.name === 'RunTask' && e.ph === 'X' && onMain(e) && e.ts >= start)
			.map((e) => e.dur / 1000);
		return {
			paint: paint && start ? (paint.ts - start) / 1000 : NaN,
			longest: Math.max(0, ...tasks),
			blocking: tasks.reduce((sum, t) => sum + Math.max(0, t - 50), 0)
		};
	} finally {
		await context.close();
	}
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
try {
	for (const [name, path] of chosen) {
		await load(path, true); // the server renders and keeps the page first
		const figures = {};
		for (const js of [false, true]) {
			const seen = [];
			for (let i = 0; i < runs; i++) seen.push(await load(path, js));
			figures[js ? 'on' : 'off'] = {
				paint: median(seen.map((s) => s.paint)),
				longest: median(seen.map((s) => s.longest)),
				blocking: median(seen.map((s) => s.blocking))
			};
		}
		rows.push([name, figures]);
	}
} finally {
	await browser.close();
	await stopApp(app);
}

const ms = (n) => String(Math.round(n)).padStart(7);
console.log(`CPU slowed 4x, 412 x 823 px, median of ${runs} runs; times in ms\n`);
console.log(
	'page                 first paint (JS off / on)   longest task (off / on)   blocking (off / on)'
);
for (const [name, { off, on }] of rows)
	console.log(
		`${name.padEnd(20)} ${ms(off.paint)} ${ms(on.paint)}              ${ms(off.longest)} ${ms(on.longest)}        ${ms(off.blocking)} ${ms(on.blocking)}`
	);
