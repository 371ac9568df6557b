import type { Module } from '$lib/content/types';
import { urls } from '$lib/content/urls';
import { m } from '$lib/i18n';
import { chooseReviewQuestion } from '$lib/progress/review';
import { answeredOn } from './answered';
import { shownTo } from './arrangement';
import { lookupsFor } from './content';
import { dashboards } from './progress';

/**
 * What the review page shows: the question just answered, with its result, or the next one due;
 * how many are due; and where the question comes from.
 */
export async function reviewPage(
	module: Module,
	learnerId: string | undefined,
	answered: string | null
) {
	const lookups = lookupsFor(module);
	const { load, modules } = await dashboards(learnerId);
	const { dashboard } = modules.find((entry) => entry.module === module)!;
	const due = dashboard.due.filter((item) => item.questionId !== answered);
	const justAnswered = answered !== null && lookups.question(answered) !== undefined;
	const id = justAnswered
		? answered
		: chooseReviewQuestion(
				due,
				(first) => {
					const claim = lookups.question(first)?.question.claim;
					return claim ? lookups.sameClaim(claim).map((q) => q.id) : [];
				},
				(q) => dashboard.progress.questions[q]?.attempts ?? 0
			);
	const found = id ? lookups.question(id) : undefined;
	const shown = found ? await answeredOn(learnerId, module, [found.question]) : undefined;
	const place = found?.place;
	const c = place?.kind === 'section' ? module.cases.find((c) => c.slug === place.case) : undefined;
	return {
		module: { slug: module.slug, shortTitle: module.shortTitle },
		load,
		due: due.length,
		answered: justAnswered,
		question: found && (await shownTo(learnerId, [found.question]))[0],
		reveal: found && justAnswered ? shown?.reveals[found.question.id] : undefined,
		held: found && shown?.held[found.question.id],
		hint: found && shown?.hints[found.question.id],
		from: place && {
			title:
				place.kind === 'section'
					? m.review.fromSection(
							c?.shortTitle ?? '',
							c?.sections.find((s) => s.slug === place.section)?.title ?? ''
						)
					: m.review.fromDimension(
							module.dimensions.find((d) => d.slug === place.dimension)?.title ?? ''
						),
			href: urls.place(module.slug, place)
		}
	};
}
