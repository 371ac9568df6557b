import type { Place } from './types.ts';

/** Every address in the app, built in one place; pages and the compiler both use these. */
export const urls = {
	home: () => '/',
	progress: () => '/progress',
	module: (module: string) => `/${module}`,
	/** A case's or lesson's overview: its introduction and its sections. */
	case: (module: string, caseSlug: string) => `/${module}/${caseSlug}`,
	/** One section of a case or lesson: its prose and its quiz. */
	section: (module: string, caseSlug: string, section: string) =>
		`/${module}/${caseSlug}/${section}`,
	/** A whole case on one page, to read through or print. */
	worksheet: (module: string, caseSlug: string) => `/${module}/${caseSlug}/${worksheetSlug}`,
	/** The comparison's grid of cases by dimension. */
	compare: (module: string) => `/${module}/compare`,
	/** One dimension of the comparison: its synthesis and its quiz. */
	dimension: (module: string, dimension: string) => `/${module}/compare/${dimension}`,
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
	/** The page of a section of a case or lesson, or of a dimension of the comparison. */
	place: (module: string, place: Place) =>
		place.kind === 'section'
			? urls.section(module, place.case, place.section)
			: urls.dimension(module, place.dimension),
	/** A question on its page. */
	question: (module: string, place: Place, questionId: string) =>
		`${urls.place(module, place)}#${questionAnchor(questionId)}`
};

/** The page name under a case that shows it whole; no section may take it. */
export const worksheetSlug = 'worksheet';

/** Element id of a question on its page. */
export function questionAnchor(questionId: string): string {
	return `q-${questionId}`;
}
