// Lighthouse (mobile, simulated throttling) for the home, a case, the comparison and progress pages,
// in Debian's Chromium against the built app. With a run count, each page keeps its median run by
// performance score; other benchmarks on the machine move TBT, so re-run a poor result.
// Usage: npm run build && node bench/lighthouse.js [runs] [page name...]   (names as printed, e.g. timeline)
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs } from '../scripts/chromium.js';
import { answeringLearner, startApp, stopApp } from './server.js';

const runs = Number(process.argv[2] ?? 1);
const only = process.argv.slice(3);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const port = 4311;
const base = `http://127.0.0.1:${port}`;
const app = await startApp(port);

const cookie = await answeringLearner(base);

const allPages = [
	['home', '/'],
	['module', '/what-makes-a-coup'],
	['case overview', '/what-makes-a-coup/kazakhstan-2022'],
	['section', '/what-makes-a-coup/kazakhstan-2022/the-trigger'],
	['section, answered', '/what-makes-a-coup/kazakhstan-2022/the-trigger', { cookie }],
	['comparison grid', '/what-makes-a-coup/compare'],
	['dimension', '/what-makes-a-coup/compare/the-label'],
	['timeline', '/what-makes-a-coup/timeline'],
	['progress, new', '/progress'],
	['progress, answered', '/progress', { cookie }],
	['review, answered', '/what-makes-a-coup/review', { cookie }]
];
const pages = only.length ? allPages.filter(([name]) => only.includes(name)) : allPages;
if (pages.length === 0) throw new Error(`No such page: ${only.join(', ')}`);

// The first render of a page after start is not what readers get: warm the server up first.
for (const [, path, headers] of pages) await (await fetch(base + path, { headers })).arrayBuffer();

const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
	chromeFlags: ['--headless=new', ...chromiumArgs]
});

const reports = [];
try {
	for (const [name, path, extraHeaders] of pages) {
		const lhrs = [];
		for (let i = 0; i < runs; i++) {
			const result = await lighthouse(base + path, {
				port: chrome.port,
				logLevel: 'error',
				onlyCategories: categories,
				extraHeaders
			});
			lhrs.push(result.lhr);
		}
		lhrs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
		reports.push([name, lhrs[Math.floor(lhrs.length / 2)]]);
	}
} finally {
	chrome.kill();
	await stopApp(app);
}

const value = (lhr, id) => lhr.audits[id].numericValue;
const ms = (n) => `${Math.round(n)}`;
console.log(
	'page                perf  a11y  best   seo   FCP ms   LCP ms   TBT ms     CLS   transfer KB'
);
for (const [name, lhr] of reports) {
	const scores = categories.map((c) =>
		String(Math.round(lhr.categories[c].score * 100)).padStart(5)
	);
	console.log(
		`${name.padEnd(18)} ${scores.join(' ')} ${ms(value(lhr, 'first-contentful-paint')).padStart(8)} ${ms(value(lhr, 'largest-contentful-paint')).padStart(8)} ${ms(value(lhr, 'total-blocking-time')).padStart(8)} ${value(lhr, 'cumulative-layout-shift').toFixed(3).padStart(7)} ${(value(lhr, 'total-byte-weight') / 1024).toFixed(1).padStart(13)}`
	);
}

// What lowers a score: weighted audits first; weight 0 ones are diagnostics that cost nothing.
for (const [name, lhr] of reports) {
	for (const c of categories) {
		const category = lhr.categories[c];
		if (category.score === 1) continue;
		console.log(`\n${name}, ${category.title} ${Math.round(category.score * 100)}:`);
		const failing = category.auditRefs
			.map((ref) => ({ ...ref, audit: lhr.audits[ref.id] }))
			.filter(({ audit }) => audit.score !== null && audit.score < 1)
			.sort((a, b) => b.weight - a.weight);
		for (const { audit, weight } of failing)
			console.log(
				`  ${audit.id} (score ${audit.score.toFixed(2)}, weight ${weight}): ${audit.title}`
			);
	}
}
