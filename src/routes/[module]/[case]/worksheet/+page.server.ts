import { caseStub, requireCase, requireModule } from '$lib/server/content';
import { cachePage } from '$lib/server/delivery/cacheable';
import { markupOnly } from '$lib/server/delivery/markup';
import { citedOn, moduleHead, quizzesOn } from '$lib/server/study-page';

/** A whole case on one page, with every quiz: to read through, or to print as a worksheet. */
export async function load(event) {
	cachePage(event, 'per-learner');
	const module = requireModule(event.params.module);
	const found = requireCase(module, event.params.case);
	const { quizzes, answered } = await quizzesOn(
		event,
		module,
		found.sections.map((s) => s.questions)
	);
	return {
		module: moduleHead(module),
		case: caseStub(found),
		introHtml: markupOnly(found.introHtml),
		sections: found.sections.map((s, i) => ({
			slug: s.slug,
			title: s.title,
			html: markupOnly(s.html),
			questions: quizzes[i]!
		})),
		...citedOn(module, found.slug),
		answered
	};
}
