// Content compile time for the real module and for a generated module ten times its size
// (every case and lesson copied nine more times, with their own question ids and comparison
// cells). Prints the median of several runs and the ratio.
// Usage: npx tsx bench/scale.ts
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { buildIndex, type ContentFiles } from '../src/lib/content/compile.ts';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';
import { outlineOf } from '../src/lib/content/outline.ts';
import { readContentFiles } from '../scripts/content-files.ts';

const real = readContentFiles(resolve('content'));

function tenfold(files: ContentFiles): ContentFiles {
	const out: ContentFiles = { ...files };
	const caseFolder = /^([^/]+)\/(\d+-([a-z0-9-]+))\/(.+)$/;
	for (const [path, text] of Object.entries(files)) {
		const match = caseFolder.exec(path);
		if (
			!match ||
			match[2] === 'comparison' ||
			['sources', 'glossary', 'timeline'].includes(match[2]!)
		)
			continue;
		for (let k = 1; k < 10; k++) {
			const copy = text.replace(/^(\s*- id: )(\S+)$/gm, `$1$2-copy${k}`);
			out[`${match[1]}/${match[2]}-copy${k}/${match[4]}`] = copy;
		}
	}
	// Every comparison dimension needs a cell for every case, copies included.
	for (const [path, text] of Object.entries(files)) {
		if (!/\/comparison\/[^/]+\.md$/.test(path)) continue;
		const split = splitFrontmatter(text);
		const doc = parseDocument(split.frontmatter!);
		const cells = doc.toJS().cells as Record<string, string>;
		for (const [slug, cell] of Object.entries(cells))
			for (let k = 1; k < 10; k++) doc.setIn(['cells', `${slug}-copy${k}`], cell);
		out[path] = `---\n${doc.toString()}---\n${split.body}`;
	}
	return out;
}

function measure(files: ContentFiles, runs = 5) {
	const times: number[] = [];
	let result = buildIndex(files);
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		result = buildIndex(files);
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	const questions = outlineOf(result.index.modules[0]!).units.reduce(
		(n, unit) => n + unit.questions.length,
		0
	);
	const bytes = Object.values(files).reduce((n, text) => n + text.length, 0);
	return { ms: times[Math.floor(runs / 2)]!, questions, issues: result.issues.length, bytes };
}

const one = measure(real);
const ten = measure(tenfold(real), 3);
console.log('module        files   KB     questions  issues  compile ms (median)');
console.log(
	`real          ${String(Object.keys(real).length).padStart(5)} ${String(Math.round(one.bytes / 1024)).padStart(5)} ${String(one.questions).padStart(12)} ${String(one.issues).padStart(7)} ${one.ms.toFixed(0).padStart(10)}`
);
console.log(
	`generated 10x ${String(Object.keys(tenfold(real)).length).padStart(5)} ${String(Math.round(ten.bytes / 1024)).padStart(5)} ${String(ten.questions).padStart(12)} ${String(ten.issues).padStart(7)} ${ten.ms.toFixed(0).padStart(10)}`
);
console.log(
	`\ntime ratio ${(ten.ms / one.ms).toFixed(1)}x for ${(ten.questions / one.questions).toFixed(1)}x the questions`
);
