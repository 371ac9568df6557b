import type { Skill } from './schema.ts';
import type { Module, Place } from './types.ts';

/** A unit a learner works through: a section of a case or lesson, or a comparison dimension. */
export interface Unit {
	place: Place;
	title: string;
	/** `graded` is false for a written response: answered, but never right or wrong. */
	questions: { id: string; skill: Skill; claim?: string; graded: boolean }[];
}

/**
 * The shape of a module that progress is counted over: its cases and lessons, and every unit in
 * reading order (the cases' and lessons' sections, then the comparison's dimensions).
 */
export interface Outline {
	slug: string;
	cases: { slug: string; title: string; shortTitle: string; kind: 'case' | 'lesson' }[];
	units: Unit[];
}

export function outlineOf(module: Module): Outline {
	const questions = (list: { id: string; skill: Skill; claim?: string; graded: boolean }[]) =>
		list.map(({ id, skill, claim, graded }) => ({ id, skill, claim, graded }));
	return {
		slug: module.slug,
		cases: module.cases.map(({ slug, title, shortTitle, kind }) => ({
			slug,
			title,
			shortTitle,
			kind
		})),
		units: [
			...module.cases.flatMap((c) =>
				c.sections.map((s) => ({
					place: { kind: 'section' as const, case: c.slug, section: s.slug },
					title: s.title,
					questions: questions(s.questions)
				}))
			),
			...module.dimensions.map((d) => ({
				place: { kind: 'dimension' as const, dimension: d.slug },
				title: d.title,
				questions: questions(d.questions)
			}))
		]
	};
}

export function samePlace(a: Place, b: Place): boolean {
	return a.kind === 'section'
		? b.kind === 'section' && a.case === b.case && a.section === b.section
		: b.kind === 'dimension' && a.dimension === b.dimension;
}
