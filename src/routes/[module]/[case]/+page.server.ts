import { error } from '@sveltejs/kit';
import { caseStub, findCase, requireModule, sectionPublic } from '$lib/server/content';
import { readLearner } from '$lib/server/learner';
import { markupOnly } from '$lib/server/markup';
import { pageExtrasFor } from '$lib/server/page-extras';
import { answerAction, revealsFor } from '$lib/server/quiz';

function lookup(params: { module: string; case: string }) {
	const module = requireModule(params.module);
	const found = findCase(module, params.case);
	if (!found) error(404, `There is no page "${params.module}/${params.case}".`);
	return { module, found };
}

export async function load({ params, cookies }) {
	const { module, found } = lookup(params);
	const questions = found.sections.flatMap((section) => section.questions);
	const reveals = await revealsFor(readLearner(cookies), module, questions);
	const i = module.cases.indexOf(found);
	const sections = found.sections.map((s) => ({ ...sectionPublic(s), html: markupOnly(s.html) }));
	const extras = pageExtrasFor(module, found, () => [
		found.introHtml,
		...found.sections.map((s) => s.html)
	]);
	return {
		module: { slug: module.slug, title: module.title, shortTitle: module.shortTitle },
		case: caseStub(found),
		introHtml: markupOnly(found.introHtml),
		sections,
		termsHtml: markupOnly(extras.termsHtml),
		referencesHtml: markupOnly(extras.referencesHtml),
		reveals,
		previous: module.cases[i - 1] && caseStub(module.cases[i - 1]!),
		next: module.cases[i + 1] && caseStub(module.cases[i + 1]!)
	};
}

export const actions = {
	answer: async (event) => {
		const { module, found } = lookup(event.params);
		return answerAction(event, module, (place) => place.case === found.slug);
	}
};
