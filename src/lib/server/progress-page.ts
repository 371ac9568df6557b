import { urls } from '$lib/content/urls';
import { m } from '$lib/i18n';
import type { UnitView } from '$lib/progress/dashboard';
import { dashboards } from './progress';

/** The progress page of a learner: every module's dashboard, as rows the page lists. */
export async function progressPage(learnerId: string | undefined) {
	const { modules, linkedBrowsers } = await dashboards(learnerId);
	return {
		hasData: modules.some(({ dashboard }) => dashboard.progress.answered > 0),
		/** Other browsers the learner's code was entered on: deleting reaches them too. */
		linkedBrowsers,
		modules: modules.map(({ module, dashboard }) => {
			const { questions: _questions, ...progress } = dashboard.progress;
			const row = (unit: UnitView) => ({
				key: JSON.stringify(unit.place),
				title: unit.title,
				href: urls.place(module.slug, unit.place),
				mastery: unit.mastery
			});
			return {
				slug: module.slug,
				title: module.title,
				shortTitle: module.shortTitle,
				progress,
				cases: dashboard.cases.map((c) => ({
					...c,
					href: urls.case(module.slug, c.slug),
					sections: c.sections.map(row)
				})),
				dimensions: dashboard.dimensions.map(row),
				skills: dashboard.skills.map((s) => ({
					key: s.skill,
					title: m.skillQuestions[s.skill],
					noun: m.skillQuestions[s.skill],
					mastery: s.mastery
				})),
				due: dashboard.due.length,
				next: dashboard.next && {
					label: m.next(dashboard.next),
					href:
						dashboard.next.kind === 'review'
							? urls.review(module.slug)
							: urls.place(module.slug, dashboard.next.place)
				}
			};
		})
	};
}
