/** `?a=1&a=2` from a GET form's current values: the URL its submit button would open. */
export function queryOf(form: HTMLFormElement): string {
	const params = new URLSearchParams();
	for (const [key, value] of new FormData(form)) params.append(key, String(value));
	return `?${params}`;
}
