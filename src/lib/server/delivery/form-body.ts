/**
 * A request's form, only when it says plainly that it is one: `application/x-www-form-urlencoded`
 * or `multipart/form-data`, one type, not a list. SvelteKit's check of a post's origin applies to
 * exactly these types, so nothing else is read as a form (a list such as
 * `text/html, application/x-www-form-urlencoded` would pass that check and still be parsed).
 */
export async function formBody(request: Request): Promise<FormData | undefined> {
	const type = request.headers.get('content-type') ?? '';
	const first = type.split(';')[0]!.trim().toLowerCase();
	if (
		type.includes(',') ||
		!/^(application\/x-www-form-urlencoded|multipart\/form-data)$/.test(first)
	)
		return undefined;
	return request.formData().catch(() => undefined);
}
