import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildIndex } from '$lib/content/compile';
import { questionKinds } from '$lib/content/kinds';
import { formatIssues } from '$lib/content/issues';
import { readContentFiles } from '../../../scripts/content-files';

const root = join(import.meta.dirname, '..', '..', '..', 'content');
const { index, issues } = buildIndex(readContentFiles(root));

test('the real content has no problems', () => {
	expect(formatIssues(issues)).toBe('');
});

/** The floor the first module must stay above (a teacher can run three lessons from it). */
describe('the module "what makes a coup" is complete', () => {
	const module = index.modules.find((m) => m.slug === 'what-makes-a-coup')!;
	const cases = module.cases.filter((c) => c.kind === 'case');
	const lessons = module.cases.filter((c) => c.kind === 'lesson');
	const questions = [
		...module.cases.flatMap((c) => c.sections.flatMap((s) => s.questions)),
		...module.dimensions.flatMap((d) => d.questions)
	];
	const allHtml = [
		module.overviewHtml,
		...module.cases.flatMap((c) => [c.introHtml, ...c.sections.map((s) => s.html)]),
		...module.dimensions.flatMap((d) => [d.html, ...Object.values(d.cells)]),
		...module.glossary.map((t) => t.definitionHtml),
		...questions.flatMap((q) => [q.explanationHtml, q.promptHtml])
	].join('\n');

	test('three cases of at least seven sections, with the required sections', () => {
		expect(cases.map((c) => c.slug)).toEqual(['kazakhstan-2022', 'spain-1981', 'ussr-1991']);
		for (const c of cases) {
			expect(c.sections.length, c.slug).toBeGreaterThanOrEqual(7);
			expect(
				c.sections.map((s) => s.slug),
				c.slug
			).toEqual(
				expect.arrayContaining([
					'background',
					'the-trigger',
					'escalation',
					'people-and-institutions',
					'security-forces-and-foreign-actors',
					'outcome',
					'aftermath-and-legacy'
				])
			);
		}
	});

	test('the two lessons: was it a coup, and weighing an account', () => {
		expect(lessons.map((l) => l.slug)).toEqual(['was-it-a-coup', 'weighing-an-account']);
	});

	test('every section cites a source and ends with a quiz', () => {
		for (const c of module.cases)
			for (const s of c.sections) {
				expect(s.html, `${c.slug}/${s.slug}`).toContain('class="cite"');
				expect(s.questions.length, `${c.slug}/${s.slug}`).toBeGreaterThan(0);
			}
	});

	test('at least twelve comparison dimensions, each with a cell per case and a quiz', () => {
		expect(module.dimensions.length).toBeGreaterThanOrEqual(12);
		for (const d of module.dimensions) {
			expect(Object.keys(d.cells).sort(), d.slug).toEqual(cases.map((c) => c.slug).sort());
			expect(d.questions.length, d.slug).toBeGreaterThan(0);
		}
	});

	test('at least 150 questions, every kind, 40% beyond recall, each explained and sourced', () => {
		expect(questions.length).toBeGreaterThanOrEqual(150);
		const kinds = new Set(questions.map((q) => q.kind));
		expect([...kinds].sort()).toEqual([...questionKinds].sort());
		const beyondRecall = questions.filter((q) => q.skill !== 'recall').length;
		expect(beyondRecall / questions.length).toBeGreaterThanOrEqual(0.4);
		for (const q of questions) {
			expect(q.explanationHtml.trim(), q.id).not.toBe('');
			expect(q.sources.length, q.id).toBeGreaterThan(0);
		}
	});

	test('each case trains thinking skills in 40% of its questions, each lesson and the comparison in half', () => {
		const thinking = new Set([
			'sourcing',
			'corroboration',
			'contextualization',
			'compare',
			'interpretation'
		]);
		const share = (qs: { skill: string }[]) =>
			qs.filter((q) => thinking.has(q.skill)).length / qs.length;
		for (const c of module.cases)
			expect(share(c.sections.flatMap((s) => s.questions)), c.slug).toBeGreaterThanOrEqual(
				c.kind === 'case' ? 0.4 : 0.5
			);
		expect(
			share(module.dimensions.flatMap((d) => d.questions)),
			'comparison'
		).toBeGreaterThanOrEqual(0.5);
	});

	test('at least 35 glossary terms, each linked from the text', () => {
		expect(module.glossary.length).toBeGreaterThanOrEqual(35);
		const unlinked = module.glossary
			.filter((t) => !allHtml.includes(`/glossary#${t.id}"`))
			.map((t) => t.id);
		expect(unlinked).toEqual([]);
	});

	test('at least 40 sources, every one of them cited', () => {
		expect(module.sources.length).toBeGreaterThanOrEqual(40);
		const cited = new Set([
			...[...allHtml.matchAll(/\/sources#([a-z0-9-]+)"/g)].map((m) => m[1]),
			...questions.flatMap((q) => q.sources),
			...module.timeline.flatMap((e) => e.sources)
		]);
		expect(module.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
	});

	test('at least 20 dated timeline events per case, each case with one onset', () => {
		for (const c of cases) {
			const events = module.timeline.filter((e) => e.case === c.slug);
			expect(events.length, c.slug).toBeGreaterThanOrEqual(20);
			expect(events.filter((e) => e.onset).length, c.slug).toBe(1);
		}
	});
});
