import { answeredOn } from '$lib/server/answered';
import { shownTo } from '$lib/server/arrangement';
import { caseStub, extrasFor, requireCase, requireModule } from '$lib/server/content';
import { cachePage } from '$lib/server/delivery/cacheable';
import { takeFlash } from '$lib/server/delivery/flash';
import { markupOnly } from '$lib/server/delivery/markup';

export async function load(event) {
	cachePage(event, 'per-learner');
	const module = requireModule(event.params.module);
	const found = requireCase(module, event.params.case);
	const answered = await answeredOn(
		event.locals.learnerId,
		module,
		found.sections.flatMap((section) => section.questions)
	);
	const i = module.cases.indexOf(found);
	const extras = extrasFor(module, found.slug);
	return {
		module: { slug: module.slug, title: module.title, shortTitle: module.shortTitle },
		case: caseStub(found),
		introHtml: markupOnly(found.introHtml),
		sections: await Promise.all(
			found.sections.map(async (s) => ({
				slug: s.slug,
				title: s.title,
				html: markupOnly(s.html),
				questions: await shownTo(event.locals.learnerId, s.questions)
			}))
		),
		termsHtml: markupOnly(extras.termsHtml),
		referencesHtml: markupOnly(extras.referencesHtml),
		...answered,
		flash: takeFlash(event),
		previous: module.cases[i - 1] && caseStub(module.cases[i - 1]!),
		next: module.cases[i + 1] && caseStub(module.cases[i + 1]!)
	};
}
