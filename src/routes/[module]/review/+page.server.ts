import { isActionFailure, redirect } from '@sveltejs/kit';
import { reviewLoads } from '$lib/progress/review';
import { findQuestion, requireModule } from '$lib/server/content';
import { getDb, setReviewLoad } from '$lib/server/db';
import { ensureLearner, readLearner } from '$lib/server/learner';
import { dashboards } from '$lib/server/progress';
import { answerAction, revealsFor } from '$lib/server/quiz';
import { toPublic } from '$lib/quiz/public';
import type { Reveal } from '$lib/quiz/types';
import { refuse } from '$lib/server/refuse';

export async function load({ params, cookies, url }) {
	const module = requireModule(params.module);
	const learnerId = readLearner(cookies);
	const { load, modules } = await dashboards(learnerId);
	const { dashboard } = modules.find((m) => m.module === module)!;
	const answered = url.searchParams.get('answered');
	const due = dashboard.due.filter((item) => item.questionId !== answered);

	// The question to show: the one just answered (with its result), or the first one due. When
	// the content offers other questions on the same claim, ask the one seen least.
	let id = answered && findQuestion(module, answered) ? answered : due[0]?.questionId;
	if (id && !answered) {
		const claim = findQuestion(module, id)?.question.claim;
		if (claim) {
			const seen = (q: string) => dashboard.progress.questions[q]?.attempts ?? 0;
			const siblings = module.cases
				.flatMap((c) => c.sections.flatMap((s) => s.questions))
				.concat(module.dimensions.flatMap((d) => d.questions))
				.filter((q) => q.claim === claim);
			id = siblings.reduce((best, q) => (seen(q.id) < seen(best) ? q.id : best), id);
		}
	}
	const place = id ? findQuestion(module, id) : undefined;
	const reveals: Record<string, Reveal> = place
		? await revealsFor(learnerId, module, [place.question])
		: {};
	const where = place?.case ? module.cases.find((c) => c.slug === place.case) : undefined;
	return {
		module: { slug: module.slug, shortTitle: module.shortTitle },
		load,
		loads: Object.entries(reviewLoads).map(([value, { label }]) => ({ value, label })),
		due: due.length,
		answered: Boolean(answered),
		question: place && toPublic(place.question),
		reveal: place ? reveals[place.question.id] : undefined,
		from: place && {
			title: where
				? `${where.shortTitle}: ${where.sections.find((s) => s.slug === place.section)?.title}`
				: `Comparison: ${module.dimensions.find((d) => d.slug === place.section)?.title}`,
			href: where
				? `/${module.slug}/${where.slug}#${place.section}`
				: `/${module.slug}/compare#${place.section}`
		}
	};
}

export const actions = {
	answer: async (event) => {
		const module = requireModule(event.params.module);
		const result = await answerAction(event, module, () => true, 'review');
		if (isActionFailure(result) || !('questionId' in result)) return result;
		redirect(303, `/${module.slug}/review?answered=${encodeURIComponent(result.questionId)}`);
	},

	settings: async ({ request, cookies, url, params }) => {
		const value = (await request.formData().catch(() => undefined))?.get('load');
		if (typeof value !== 'string' || !(value in reviewLoads))
			return refuse(400, { error: 'Choose light, normal or intensive.' });
		await setReviewLoad(await getDb(), ensureLearner(cookies, url), value);
		redirect(303, `/${params.module}/review`);
	}
};
