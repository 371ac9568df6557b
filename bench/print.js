// Printed length: each case's and lesson's one-page worksheet printed to A4 PDF by Chromium at
// default settings, against a running server (npm start). Prints the number of pages of each.
// Usage: node bench/print.js [base-url]
import { launchChromium } from '../scripts/chromium.js';

const base = process.argv[2] ?? 'http://localhost:3000';
const module = '/what-makes-a-coup';

const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(base + module);
const cases = await page
	.locator('main a[href^="/what-makes-a-coup/"]')
	.evaluateAll((links) =>
		[...new Set(links.map((a) => new URL(a.href).pathname))].filter(
			(path) =>
				path.split('/').length === 3 && !/\/(compare|timeline|sources|glossary|review)$/.test(path)
		)
	);
console.log('worksheet                                   A4 pages');
for (const path of cases) {
	await page.goto(`${base}${path}/worksheet`, { waitUntil: 'networkidle' });
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	console.log(`${path.padEnd(44)}${String(pages).padStart(8)}`);
}
await browser.close();
