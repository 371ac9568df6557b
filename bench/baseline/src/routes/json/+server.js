import { json } from '@sveltejs/kit';

/** A POST that reads the form and answers with a short JSON body: what any answer costs at least. */
export async function POST({ request }) {
	const form = await request.formData();
	return json({ questionId: form.get('question') }, { headers: { 'cache-control': 'no-store' } });
}
