// Client JavaScript and transferred bytes per page type, measured in Chromium against a running
// server (npm start). Sizes of scripts are the precompressed .br/.gz files the server sends.
// Questions load their code when they are about to scroll into view, so the JavaScript is given
// twice: at load, and after scrolling to the end of the page (every question's code loaded).
// Usage: node bench/page-weight.js [base-url]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.js';

const base = process.argv[2] ?? 'http://localhost:3000';
const pages = {
	home: '/',
	module: '/what-makes-a-coup',
	overview: '/what-makes-a-coup/kazakhstan-2022',
	section: '/what-makes-a-coup/kazakhstan-2022/the-trigger',
	worksheet: '/what-makes-a-coup/kazakhstan-2022/worksheet',
	compare: '/what-makes-a-coup/compare',
	dimension: '/what-makes-a-coup/compare/the-label',
	timeline: '/what-makes-a-coup/timeline',
	glossary: '/what-makes-a-coup/glossary',
	sources: '/what-makes-a-coup/sources',
	review: '/what-makes-a-coup/review',
	progress: '/progress'
};

const browser = await launchChromium();
const kb = (n) => (n / 1024).toFixed(1);
const size = (file, ext) => (existsSync(file + ext) ? statSync(file + ext).size : undefined);

console.log(
	'page       scripts  JS raw KB  JS gzip KB  JS brotli KB  scrolled: brotli KB  HTML KB  HTML gzip KB'
);
for (const [name, path] of Object.entries(pages)) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const scripts = new Set();
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script')
			scripts.add(new URL(response.url()).pathname);
	});
	const response = await page.goto(base + path, { waitUntil: 'networkidle' });
	const html = Buffer.from(await response.text());
	const atLoad = weigh(scripts);
	const count = scripts.size;
	// A screen at a time, as a reader scrolls.
	while (await page.evaluate(() => scrollY + innerHeight < document.body.scrollHeight - 1)) {
		await page.evaluate(() => scrollBy(0, innerHeight));
		await page.waitForTimeout(50);
	}
	await page.waitForLoadState('networkidle');
	const scrolled = weigh(scripts);
	console.log(
		`${name.padEnd(10)} ${String(count).padStart(7)}  ${kb(atLoad.raw).padStart(9)}  ${kb(atLoad.gz).padStart(10)}  ${kb(atLoad.br).padStart(12)}  ${kb(scrolled.br).padStart(19)}  ${kb(html.length).padStart(7)}  ${kb(gzipSync(html).length).padStart(12)}`
	);
	await context.close();
}
await browser.close();

/** The bytes of the scripts a page has loaded so far. */
function weigh(scripts) {
	let raw = 0;
	let gz = 0;
	let br = 0;
	for (const script of scripts) {
		const file = `build/client${script}`;
		const body = readFileSync(file);
		raw += body.length;
		gz += size(file, '.gz') ?? gzipSync(body).length;
		br += size(file, '.br') ?? brotliCompressSync(body).length;
	}
	return { raw, gz, br };
}
