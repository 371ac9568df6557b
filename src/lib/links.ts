import type { Place } from '$lib/progress/derive';

/** URL of a section (on its case page) or of a comparison dimension. */
export function placeHref(module: string, place: Place): string {
	return place.case
		? `/${module}/${place.case}#${place.section}`
		: `/${module}/compare#${place.section}`;
}

/** Element id of a question on its page. */
export function questionAnchor(questionId: string): string {
	return `q-${questionId}`;
}
