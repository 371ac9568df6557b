import type { Place } from './types.ts';

/** Every address in the app, built in one place; pages and the compiler both use these. */
export const urls = {
	home: () => '/',
	progress: () => '/progress',
	module: (module: string) => `/${module}`,
	case: (module: string, caseSlug: string) => `/${module}/${caseSlug}`,
	compare: (module: string) => `/${module}/compare`,
	timeline: (module: string) => `/${module}/timeline`,
	review: (module: string) => `/${module}/review`,
	/** Where every quiz of the module posts its answers. */
	answer: (module: string) => `/${module}/answer`,
	/** Where a learner says they think an answer marked wrong was right. */
	flag: (module: string) => `/${module}/flag`,
	glossary: (module: string) => `/${module}/glossary`,
	sources: (module: string) => `/${module}/sources`,
	source: (module: string, id: string) => `/${module}/sources#${id}`,
	term: (module: string, id: string) => `/${module}/glossary#${id}`,
	/** A section of a case or lesson, or a dimension of the comparison. */
	place: (module: string, place: Place) =>
		place.kind === 'section'
			? `/${module}/${place.case}#${place.section}`
			: `/${module}/compare#${place.dimension}`,
	/** A question on its page. */
	question: (module: string, place: Place, questionId: string) =>
		`${urls.place(module, place).replace(/#.*/, '')}#${questionAnchor(questionId)}`
};

/** Element id of a question on its page. */
export function questionAnchor(questionId: string): string {
	return `q-${questionId}`;
}
