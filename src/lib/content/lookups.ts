import { outlineOf, type Outline } from './outline.ts';
import type { Module, Place, Question, Source } from './types.ts';

/** What the pages of a module look up, worked out once per module rather than per request. */
export interface Lookups {
	/** A question with where it lives. */
	question(id: string): { question: Question; place: Place } | undefined;
	/** Every question testing the same claim. */
	sameClaim(claim: string): Question[];
	source(id: string): Source | undefined;
	outline: Outline;
}

export function lookupsOf(module: Module): Lookups {
	const questions = new Map<string, { question: Question; place: Place }>();
	for (const c of module.cases)
		for (const s of c.sections)
			for (const question of s.questions)
				questions.set(question.id, {
					question,
					place: { kind: 'section', case: c.slug, section: s.slug }
				});
	for (const d of module.dimensions)
		for (const question of d.questions)
			questions.set(question.id, { question, place: { kind: 'dimension', dimension: d.slug } });
	const claims = new Map<string, Question[]>();
	for (const { question } of questions.values())
		if (question.claim)
			claims.set(question.claim, [...(claims.get(question.claim) ?? []), question]);
	const sources = new Map(module.sources.map((source) => [source.id, source]));
	return {
		question: (id) => questions.get(id),
		sameClaim: (claim) => claims.get(claim) ?? [],
		source: (id) => sources.get(id),
		outline: outlineOf(module)
	};
}
