/** A POST that reads the form and does nothing else. */
export async function POST({ request }) {
	await request.formData();
	return new Response(null, { status: 204 });
}
