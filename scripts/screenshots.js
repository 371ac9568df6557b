// Takes screenshots of the running app (npm start) for the README and for review:
// node scripts/screenshots.js [base-url] [out-dir]
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.js';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = process.argv[3] ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });

const browser = await launchChromium();
const pages = (
	process.env.PAGES ??
	[
		'/what-makes-a-coup/kazakhstan-2022',
		'/what-makes-a-coup/kazakhstan-2022/the-trigger',
		'/what-makes-a-coup/compare',
		'/what-makes-a-coup/compare/the-label',
		'/what-makes-a-coup/timeline'
	].join(',')
).split(',');
const variants = [
	{ name: 'phone', viewport: { width: 390, height: 844 }, colorScheme: 'light' },
	{ name: 'phone-dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark' },
	{ name: 'desktop', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
	{ name: 'desktop-dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }
];
for (const variant of variants) {
	const context = await browser.newContext({
		viewport: variant.viewport,
		colorScheme: variant.colorScheme
	});
	const page = await context.newPage();
	for (const path of pages) {
		await page.goto(base + path);
		const slug = path === '/' ? 'home' : path.slice(1).replaceAll('/', '-');
		await page.screenshot({
			path: `${out}/${slug}-${variant.name}.png`,
			fullPage: process.env.FULL === '1'
		});
	}
	await context.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
