// Checks every content file and prints each problem as file:line: message, then how well each
// module's choice questions resist being answered without reading. Exit 1 on any problem, or on
// a module whose keys give a cue more often than chance allows (docs/authoring.md).
import { resolve } from 'node:path';
import { buildIndex } from '../src/lib/content/compile.ts';
import { formatIssue, formatIssues } from '../src/lib/content/issues.ts';
import { itemWriting } from '../src/lib/content/item-writing.ts';
import { outlineOf } from '../src/lib/content/outline.ts';
import { readContentFiles } from './content-files.ts';

const root = process.argv[2] ?? 'content';
const started = performance.now();
const { index, issues } = buildIndex(readContentFiles(resolve(root)));
const ms = Math.round(performance.now() - started);

if (issues.length > 0) {
	console.error(formatIssues(issues, root));
	console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} found in content.`);
	process.exit(1);
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
let failed = false;
for (const module of index.modules) {
	const units = outlineOf(module).units;
	const questions = units.reduce((n, unit) => n + unit.questions.length, 0);
	const lessons = module.cases.filter((c) => c.kind === 'lesson').length;
	console.log(
		`${module.slug}: ${module.cases.length - lessons} cases, ${lessons} lessons, ${units.length} units, ${module.dimensions.length} dimensions, ${questions} questions, ${module.sources.length} sources, ${module.glossary.length} terms, ${module.timeline.length} timeline events`
	);
	for (const figure of itemWriting(module)) {
		const share = figure.flagged.length / Math.max(1, figure.questions);
		console.log(
			`  ${figure.failed ? '✘' : '✔'} ${percent(share).padStart(4)} of ${figure.questions} choice questions: ${figure.label} (chance ${percent(figure.chance)}, allowed up to ${percent(figure.chance + figure.margin)})`
		);
		if (!figure.failed) continue;
		failed = true;
		for (const q of figure.flagged)
			console.error(
				formatIssue(
					{ file: q.file, line: q.line, message: `question "${q.id}": ${figure.label}` },
					root
				)
			);
	}
}
if (failed) {
	console.error('\nSome choice questions can be answered without reading (see docs/authoring.md).');
	process.exit(1);
}
console.log(`Content OK (${ms} ms).`);
