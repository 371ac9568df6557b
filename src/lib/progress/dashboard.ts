import { samePlace, type Outline } from '$lib/content/outline';
import type { Place, Skill } from '$lib/content/types';
import { deriveProgress, type ModuleProgress } from './derive';
import { unitMastery, type Mastery } from './mastery';
import { dueForReview, type ReviewItem } from './review';
import type { ReviewLoad } from './review-loads';
import type { QuestionState } from './state';

/** A unit as the progress views list it: where it is and how well it is known. */
export interface UnitView {
	place: Place;
	title: string;
	mastery: Mastery;
}

export interface Dashboard {
	progress: ModuleProgress;
	cases: { slug: string; title: string; mastery: Mastery; sections: UnitView[] }[];
	dimensions: UnitView[];
	skills: { skill: Skill; total: number; mastery: Mastery }[];
	due: ReviewItem[];
	next?: NextStep;
}

/** The one suggestion the progress page makes. */
export type NextStep =
	| { kind: 'review'; due: number }
	| { kind: 'finish' | 'start'; place: Place; title: string; caseTitle?: string };

/**
 * Everything the progress views need, derived from the content outline and the state of each
 * question answered. The
 * questions in `held` are in a test whose results are not out: mastery and reviews leave them out.
 */
export function dashboard(
	outline: Outline,
	states: ReadonlyMap<string, QuestionState>,
	load: ReviewLoad,
	now: Date,
	held: ReadonlySet<string> = new Set()
): Dashboard {
	const progress = deriveProgress(outline, states, held);
	const groupOf = new Map<string, string>();
	const bySkill = new Map<Skill, string[]>();
	// A written response is never right or wrong: mastery and review leave it out.
	for (const unit of outline.units)
		for (const q of unit.questions.filter((q) => q.graded)) {
			groupOf.set(q.id, unit.place.kind === 'section' ? unit.place.case : 'comparison');
			bySkill.set(q.skill, [...(bySkill.get(q.skill) ?? []), q.id]);
		}
	const mine = new Map([...states].filter(([id]) => groupOf.has(id) && !held.has(id)));
	const ids = (unit: Outline['units'][number]) =>
		unit.questions.filter((q) => q.graded).map((q) => q.id);
	const view = (unit: Outline['units'][number]): UnitView => ({
		place: unit.place,
		title: unit.title,
		mastery: unitMastery(ids(unit), mine)
	});

	const cases = outline.cases.map((c) => {
		const units = outline.units.filter(
			(u) => u.place.kind === 'section' && u.place.case === c.slug
		);
		return {
			slug: c.slug,
			title: c.title,
			mastery: unitMastery(units.flatMap(ids), mine),
			sections: units.map(view)
		};
	});
	const due = dueForReview(mine.values(), (id) => groupOf.get(id), load, now);
	return {
		progress,
		cases,
		dimensions: outline.units.filter((u) => u.place.kind === 'dimension').map(view),
		skills: [...bySkill].map(([skill, questionIds]) => ({
			skill,
			total: questionIds.length,
			mastery: unitMastery(questionIds, mine)
		})),
		due,
		next: nextStep(outline, progress, due.length)
	};
}

/** One suggestion, in this order: due reviews, the unit in progress, the next one not started. */
function nextStep(outline: Outline, progress: ModuleProgress, due: number): NextStep | undefined {
	if (due > 0) return { kind: 'review', due };
	const statusOf = (place: Place) =>
		place.kind === 'section'
			? progress.cases[place.case]?.sections[place.section]?.status
			: progress.comparison.dimensions[place.dimension]?.status;
	const step = (unit: Outline['units'][number], kind: 'finish' | 'start'): NextStep => ({
		kind,
		place: unit.place,
		title: unit.title,
		caseTitle:
			unit.place.kind === 'section'
				? outline.cases.find((c) => c.slug === (unit.place as { case: string }).case)?.title
				: undefined
	});
	const resume = progress.resume;
	const current = resume && outline.units.find((u) => samePlace(u.place, resume));
	if (current && statusOf(current.place) !== 'complete')
		return step(current, statusOf(current.place) === 'in-progress' ? 'finish' : 'start');
	const next = outline.units.find((u) => statusOf(u.place) !== 'complete');
	return next && step(next, 'start');
}
