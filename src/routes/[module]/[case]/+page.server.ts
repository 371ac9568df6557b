import { redirect } from '@sveltejs/kit';
import { urls } from '$lib/content/urls';
import { caseStub, lookupsFor, requireCase, requireModule } from '$lib/server/content';
import { cachePage } from '$lib/server/delivery/cacheable';
import { markupOnly } from '$lib/server/delivery/markup';
import { citedOn, moduleHead } from '$lib/server/study-page';

/**
 * A case's or lesson's overview. `?question=id` (what an old link to `#q-id` on the whole-case
 * page becomes in the browser) goes on to that question's section.
 */
export async function load(event) {
	const module = requireModule(event.params.module);
	const found = requireCase(module, event.params.case);
	const asked = event.url.searchParams.get('question');
	if (asked !== null) {
		const question = lookupsFor(module).question(asked);
		if (question?.place.kind === 'section' && question.place.case === found.slug)
			redirect(308, urls.question(module.slug, question.place, asked));
	}
	cachePage(event, 'per-learner');
	const i = module.cases.indexOf(found);
	const cited = citedOn(module, `${found.slug}#intro`);
	return {
		module: moduleHead(module),
		case: caseStub(found),
		introHtml: markupOnly(found.introHtml),
		...cited,
		previous: module.cases[i - 1] && caseStub(module.cases[i - 1]!),
		next: module.cases[i + 1] && caseStub(module.cases[i + 1]!)
	};
}
