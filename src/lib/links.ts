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

/** `?a=1&a=2` from a GET form's current values: the URL its submit button would open. */
export function queryOf(form: HTMLFormElement): string {
	const params = new URLSearchParams();
	for (const [key, value] of new FormData(form)) params.append(key, String(value));
	return `?${params}`;
}
