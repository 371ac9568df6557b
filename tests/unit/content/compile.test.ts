import { describe, expect, test } from 'vitest';
import { buildIndex } from '$lib/content/compile';
import { formatIssues } from '$lib/content/issues';
import { failureFixtures, fixtureFiles } from '../helpers';

describe('buildIndex on the valid fixture', () => {
	const { index, issues } = buildIndex(fixtureFiles());
	const module = index.modules[0]!;

	test('reports no issues and orders cases and sections by prefix', () => {
		expect(issues).toEqual([]);
		expect(module.slug).toBe('mini');
		expect(module.cases.map((c) => [c.slug, c.kind])).toEqual([
			['alpha', 'case'],
			['beta', 'case'],
			['weighing', 'lesson']
		]);
		expect(module.cases[0]!.sections.map((s) => s.slug)).toEqual(['start']);
		expect(module.dimensions.map((d) => d.slug)).toEqual(['trigger']);
	});

	test('reads every question kind with its key', () => {
		const kinds = module.cases[0]!.sections[0]!.questions.map((q) => q.kind);
		expect(kinds).toEqual(['single', 'multiple', 'order', 'match', 'categorize', 'short']);
	});

	test('renders citations as links to the sources page and glossary links to the glossary', () => {
		const html = module.cases[0]!.sections[0]!.html;
		expect(html).toContain(
			'<a href="/mini/sources#src-one" title="First source">Test Press 2022</a>'
		);
		expect(html).toContain('<a class="term" href="/mini/glossary#term-one">the term</a>');
	});

	test('gives short-case titles a default and keeps timeline times', () => {
		expect(module.cases[1]!.shortTitle).toBe('Beta, 1981');
		expect(module.timeline[0]).toMatchObject({
			time: '17:20',
			timezone: 'UTC+5',
			section: 'start'
		});
	});

	test('sources may be split across sources.yaml and sources/*.yaml', () => {
		expect(module.sources.map((s) => s.id)).toEqual(['src-one', 'src-two', 'src-three']);
		const third = module.sources[2]!;
		expect(third.label).toBe('Third Press n.d.');
	});

	test('a lesson needs no dates or place and no comparison cell', () => {
		const lesson = module.cases.find((c) => c.kind === 'lesson')!;
		expect(lesson).toMatchObject({ dates: undefined, place: undefined });
		expect(Object.keys(module.dimensions[0]!.cells)).toEqual(['alpha', 'beta']);
	});

	test('the version changes when any file changes', () => {
		const files = fixtureFiles();
		const edited = { ...files, 'mini/module.md': files['mini/module.md'] + '\nMore.' };
		expect(buildIndex(edited).index.version).not.toBe(index.version);
	});
});

/** Each failure fixture replaces some files of the valid module; these are the exact messages. */
const expected: Record<string, string[]> = {
	'broken-page-links': [
		'content/mini/02-beta/01-start.md:5: "/mini/alpha#start" has a page of its own: link to "/mini/alpha/start"',
		'content/mini/02-beta/01-start.md:6: "/mini/compare#trigger" has a page of its own: link to "/mini/compare/trigger"',
		'content/mini/02-beta/01-start.md:6: link to no page: "/mini/alpah/start" (did you mean "/mini/alpha/start"?)',
		'content/mini/02-beta/01-start.md:7: link to "src-tow", which is not on /mini/sources (did you mean "src-two"?)'
	],
	'categorize-unknown-category': [
		'content/mini/02-beta/01-start.md:17: question "b-cat" items[1].category: "Gamma" is not one of the categories (Alpha, Beta)'
	],
	'duplicate-question-id': [
		'content/mini/02-beta/01-start.md:8: duplicate question id "a-single" (first used at mini/01-alpha/01-start.md:8)'
	],
	'duplicate-across-files': [
		'content/mini/sources/more.yaml:1: duplicate id "src-two" (first at mini/sources.yaml:6)'
	],
	'duplicate-source-id': [
		'content/mini/sources.yaml:11: duplicate id "src-one" (first at mini/sources.yaml:1)'
	],
	'missing-cell': [
		'content/mini/comparison/01-trigger.md:4: cells: missing a cell for case "beta"',
		'content/mini/comparison/01-trigger.md:6: cells.gamma: no case has this slug (cases: alpha, beta)'
	],
	'missing-field': ['content/mini/02-beta/index.md:2: dates: missing (required)'],
	'order-duplicates': [
		'content/mini/02-beta/01-start.md:15: question "b-order" items[2]: duplicate item "First"'
	],
	'quiz-yaml-syntax': [
		'content/mini/02-beta/01-start.md:11: YAML: Nested mappings are not allowed in compact mappings'
	],
	'section-without-quiz': [
		'content/mini/02-beta/01-start.md:4: section has no quiz: end it with a ```quiz block'
	],
	'single-two-correct': [
		'content/mini/02-beta/01-start.md:12: question "b-single" options: a single-choice question needs exactly one correct option, found 2'
	],
	'single-zero-correct': [
		'content/mini/02-beta/01-start.md:12: question "b-single" options: a single-choice question needs exactly one correct option, found 0'
	],
	'sources-yaml-syntax': [
		'content/mini/sources.yaml:8: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
		'content/mini/sources.yaml:8: YAML: Nested mappings are not allowed in compact mappings',
		'content/mini/sources.yaml:8: YAML: Implicit keys need to be on a single line',
		'content/mini/sources.yaml:9: YAML: Nested mappings are not allowed in compact mappings',
		'content/mini/sources.yaml:9: YAML: Implicit keys need to be on a single line'
	],
	'timeline-unknown-section': [
		'content/mini/timeline.yaml:5: [0].section: case "alpha" has no section "the-end"',
		'content/mini/timeline.yaml:7: [1].timezone: an event with a time needs a timezone'
	],
	'unknown-citation': [
		'content/mini/02-beta/01-start.md:5: citation to unknown source "src-too" (did you mean "src-two"?)',
		'content/mini/02-beta/01-start.md:8: citation to unknown source "src-ten" (did you mean "src-two"?)',
		'content/mini/02-beta/01-start.md:17: question "b-short" sources: unknown source "src-nine" (did you mean "src-one"?)'
	],
	'unknown-key': ['content/mini/01-alpha/index.md:6: titel: unknown key'],
	'unknown-term': ['content/mini/02-beta/01-start.md:5: link to unknown glossary term "term-two"'],
	'wrong-kind-field': [
		'content/mini/02-beta/01-start.md:8: question "b-single" options: missing (required)',
		'content/mini/02-beta/01-start.md:10: question "b-single" skill: Invalid option: expected one of "recall"|"sequence"|"compare"|"sourcing"|"corroboration"|"contextualization"|"interpretation"',
		'content/mini/02-beta/01-start.md:12: question "b-single" items: unknown key'
	]
};

/** The order formatIssues lists issues in: by file, then line. */
function byFileAndLine(a: string, b: string): number {
	const [fileA, lineA] = a.split(':');
	const [fileB, lineB] = b.split(':');
	return fileA === fileB ? Number(lineA) - Number(lineB) : fileA! < fileB! ? -1 : 1;
}

describe('every failure fixture is reported with file and line, and nothing else', () => {
	test('each fixture folder has expectations', () => {
		expect(failureFixtures().sort()).toEqual(Object.keys(expected).sort());
	});

	for (const [fixture, messages] of Object.entries(expected)) {
		test(fixture, () => {
			const { issues } = buildIndex(fixtureFiles(fixture));
			expect(formatIssues(issues).split('\n')).toEqual([...messages].sort(byFileAndLine));
		});
	}

	test('a wrong skill names the allowed ones', () => {
		const { issues } = buildIndex(fixtureFiles('wrong-kind-field'));
		expect(issues.find((i) => i.message.includes('skill'))).toMatchObject({
			line: 10,
			message: expect.stringContaining('"sequence"')
		});
	});

	test('a broken sources.yaml is reported once, not at every citation', () => {
		const { issues } = buildIndex(fixtureFiles('sources-yaml-syntax'));
		expect(issues.every((i) => i.file === 'mini/sources.yaml')).toBe(true);
	});
});

describe('structural problems', () => {
	test('a file outside any module and a stray file in a module are reported', () => {
		const files = { ...fixtureFiles(), 'notes.txt': 'x', 'mini/glosary.yaml': '[]' };
		const messages = formatIssues(buildIndex(files).issues);
		expect(messages).toContain('content/notes.txt:1: unexpected file');
		expect(messages).toContain('content/mini/glosary.yaml:1: unexpected file');
	});

	test('a case named like a module page is refused', () => {
		const files = fixtureFiles();
		const renamed = Object.fromEntries(
			Object.entries(files).map(([path, text]) => [path.replace('01-alpha', '01-compare'), text])
		);
		expect(formatIssues(buildIndex(renamed).issues)).toContain(
			'"compare" is the name of a module page'
		);
	});

	test('a section named like the one-page view of a case is refused', () => {
		const files = fixtureFiles();
		const renamed = Object.fromEntries(
			Object.entries(files).map(([path, text]) => [
				path.replace('02-beta/01-start.md', '02-beta/01-worksheet.md'),
				text
			])
		);
		expect(formatIssues(buildIndex(renamed).issues)).toContain(
			'mini/02-beta/01-worksheet.md:1: "worksheet" is the name of a case\'s one-page view'
		);
	});

	test('text after the quiz and an unclosed quiz block are reported', () => {
		const files = fixtureFiles();
		const section = files['mini/02-beta/01-start.md']!;
		const trailing = buildIndex({
			...files,
			'mini/02-beta/01-start.md': section + '\nMore prose.\n'
		});
		expect(formatIssues(trailing.issues)).toMatch(/01-start\.md:\d+: text after the quiz block/);
		const unclosed = buildIndex({
			...files,
			'mini/02-beta/01-start.md': section.replace(/```\s*$/, '')
		});
		expect(formatIssues(unclosed.issues)).toContain('quiz block is not closed');
	});

	test('a section that cites nothing is reported', () => {
		const files = fixtureFiles();
		const section = files['mini/02-beta/01-start.md']!.replace('[@src-two].\n\n```', '.\n\n```');
		const { issues } = buildIndex({ ...files, 'mini/02-beta/01-start.md': section });
		expect(formatIssues(issues)).toContain('section cites no source');
	});
});
