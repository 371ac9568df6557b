// Checks every content file and prints each problem as file:line: message. Exit 1 on any problem.
import { resolve } from 'node:path';
import { buildIndex } from '../src/lib/content/compile.ts';
import { formatIssues } from '../src/lib/content/issues.ts';
import { readContentFiles } from './content-files.ts';

const root = resolve(process.argv[2] ?? 'content');
const started = performance.now();
const { index, issues } = buildIndex(readContentFiles(root));
const ms = Math.round(performance.now() - started);

if (issues.length > 0) {
	console.error(formatIssues(issues, process.argv[2] ?? 'content'));
	console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} found in content.`);
	process.exit(1);
}

for (const module of index.modules) {
	const sections = module.cases.reduce((n, c) => n + c.sections.length, 0);
	const questions =
		module.cases.reduce((n, c) => n + c.sections.reduce((m, s) => m + s.questions.length, 0), 0) +
		module.dimensions.reduce((n, d) => n + d.questions.length, 0);
	const lessons = module.cases.filter((c) => c.kind === 'lesson').length;
	console.log(
		`${module.slug}: ${module.cases.length - lessons} cases, ${lessons} lessons, ${sections} sections, ${module.dimensions.length} dimensions, ${questions} questions, ${module.sources.length} sources, ${module.glossary.length} terms, ${module.timeline.length} timeline events`
	);
}
console.log(`Content OK (${ms} ms).`);
