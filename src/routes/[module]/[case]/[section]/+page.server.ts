import { caseStub, requireCase, requireModule, requireSection } from '$lib/server/content';
import { cachePage } from '$lib/server/delivery/cacheable';
import { markupOnly } from '$lib/server/delivery/markup';
import { citedOn, moduleHead, ownPageHtml, quizzesOn } from '$lib/server/study-page';

export async function load(event) {
	cachePage(event, 'per-learner');
	const module = requireModule(event.params.module);
	const found = requireCase(module, event.params.case);
	const section = requireSection(module, found, event.params.section);
	const { quizzes, answered } = await quizzesOn(event, module, [section.questions]);
	const i = found.sections.indexOf(section);
	const nextCase = module.cases[module.cases.indexOf(found) + 1];
	return {
		module: moduleHead(module),
		case: caseStub(found),
		section: {
			slug: section.slug,
			title: section.title,
			minutes: section.minutes,
			html: markupOnly(ownPageHtml(section)),
			questions: quizzes[0]!
		},
		...citedOn(module, `${found.slug}/${section.slug}`),
		answered,
		number: i + 1,
		previous: found.sections[i - 1]?.slug,
		next: found.sections[i + 1]?.slug,
		nextCase: nextCase && { slug: nextCase.slug, title: nextCase.title }
	};
}
