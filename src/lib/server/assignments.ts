import type { Module } from '$lib/content/types';
import { urls } from '$lib/content/urls';
import { m } from '$lib/i18n';
import type { ModuleProgress, UnitProgress } from '$lib/progress/derive';

/*
 * What a teacher can set a class: a whole case or lesson, one section, or one dimension of the
 * comparison, named by a key (`case:<slug>`, `section:<case>/<section>`, `dimension:<slug>`).
 */

/** The units of a module a teacher can set, grouped as the module is. */
export function unitsOf(module: Module) {
	return [
		...module.cases.map((c) => ({
			group: c.title,
			units: [
				{ key: `case:${c.slug}`, title: m.classPage.wholeCase(c.shortTitle) },
				...c.sections.map((s) => ({ key: `section:${c.slug}/${s.slug}`, title: s.title }))
			]
		})),
		{
			group: m.classPage.comparison,
			units: module.dimensions.map((d) => ({ key: `dimension:${d.slug}`, title: d.title }))
		}
	];
}

/** A unit's title and page, or undefined for a key the module does not have (any more). */
export function unitOf(module: Module, key: string): { title: string; href: string } | undefined {
	const [kind, rest = ''] = key.split(/:(.*)/s);
	if (kind === 'case') {
		const c = module.cases.find((c) => c.slug === rest);
		return c && { title: c.title, href: urls.case(module.slug, c.slug) };
	}
	if (kind === 'section') {
		const [caseSlug, sectionSlug] = rest.split('/');
		const c = module.cases.find((c) => c.slug === caseSlug);
		const s = c?.sections.find((s) => s.slug === sectionSlug);
		return (
			c &&
			s && {
				title: `${c.shortTitle}: ${s.title}`,
				href: urls.section(module.slug, c.slug, s.slug)
			}
		);
	}
	if (kind === 'dimension') {
		const d = module.dimensions.find((d) => d.slug === rest);
		return (
			d && {
				title: `${m.classPage.comparison}: ${d.title}`,
				href: urls.dimension(module.slug, d.slug)
			}
		);
	}
	return undefined;
}

/** How far a learner's progress in a module has come in one unit. */
export function progressIn(progress: ModuleProgress, key: string): UnitProgress | undefined {
	const [kind, rest = ''] = key.split(/:(.*)/s);
	if (kind === 'case') return progress.cases[rest];
	if (kind === 'section') {
		const [caseSlug = '', sectionSlug = ''] = rest.split('/');
		return progress.cases[caseSlug]?.sections[sectionSlug];
	}
	if (kind === 'dimension') return progress.comparison.dimensions[rest];
	return undefined;
}

/** The ids of the questions a unit asks; none for a key the module does not have. */
export function questionsIn(module: Module, key: string): string[] {
	const [kind, rest = ''] = key.split(/:(.*)/s);
	if (kind === 'case')
		return (
			module.cases
				.find((c) => c.slug === rest)
				?.sections.flatMap((s) => s.questions.map((q) => q.id)) ?? []
		);
	if (kind === 'section') {
		const [caseSlug, sectionSlug] = rest.split('/');
		const c = module.cases.find((c) => c.slug === caseSlug);
		return c?.sections.find((s) => s.slug === sectionSlug)?.questions.map((q) => q.id) ?? [];
	}
	if (kind === 'dimension')
		return module.dimensions.find((d) => d.slug === rest)?.questions.map((q) => q.id) ?? [];
	return [];
}

/** A test as held.ts weighs it. */
export interface TestSet {
	module: string;
	unit: string;
	test?: boolean;
	dueOn?: string;
	releasedAt?: string;
}

/** Whether a test's results are still held on `today` (YYYY-MM-DD): through its due date. */
export function stillHeld(set: TestSet, today: string): boolean {
	return Boolean(set.test) && !set.releasedAt && (!set.dueOn || set.dueOn >= today);
}

/**
 * The questions of a module whose results a learner may not see yet, each with the date after
 * which they will (none: when the teacher releases them). A question in two tests is held until
 * both let it go.
 */
export function heldQuestions(
	module: Module,
	sets: TestSet[],
	today: string
): Map<string, { until?: string }> {
	const held = new Map<string, { until?: string }>();
	for (const set of sets) {
		if (set.module !== module.slug || !stillHeld(set, today)) continue;
		for (const id of questionsIn(module, set.unit)) {
			const before = held.get(id);
			const until =
				before && (!before.until || !set.dueOn)
					? undefined
					: [before?.until, set.dueOn].filter(Boolean).sort().at(-1);
			held.set(id, { until });
		}
	}
	return held;
}
