import { answerKey } from '$lib/server/answer-key';
import { requireCase, requireModule } from '$lib/server/content';
import { requireTeacher } from '$lib/server/teaching';

/** A case's answer key, for a signed-in teacher only: answers never reach anyone else early. */
export async function load({ locals, params, setHeaders }) {
	requireTeacher(locals.teacher);
	setHeaders({ 'cache-control': 'private, no-store' });
	const module = requireModule(params.module);
	const found = requireCase(module, params.case);
	return {
		module: { slug: module.slug, title: module.shortTitle },
		case: { slug: found.slug, title: found.title },
		sections: answerKey(found)
	};
}
