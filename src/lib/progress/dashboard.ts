import type { Skill } from '$lib/content/schema';
import { deriveProgress, type AttemptFact, type ModuleProgress, type Place } from './derive';
import {
	indexAttempts,
	skillNoun,
	unitMastery,
	type Mastery,
	type MasteryAttempt
} from './mastery';
import { dueForReview, type ReviewItem, type ReviewLoad } from './review';

/** Everything the progress views need, derived from the content outline and stored answers. */
export interface Outline {
	slug: string;
	cases: {
		slug: string;
		title: string;
		kind: string;
		sections: { slug: string; title: string; questions: { id: string; skill: Skill }[] }[];
	}[];
	dimensions: { slug: string; title: string; questions: { id: string; skill: Skill }[] }[];
}

export interface UnitView {
	slug: string;
	title: string;
	href: string;
	mastery: Mastery;
}

export interface Dashboard {
	progress: ModuleProgress;
	cases: (UnitView & { sections: UnitView[] })[];
	dimensions: UnitView[];
	skills: (Omit<UnitView, 'href' | 'slug'> & { skill: Skill; total: number })[];
	due: ReviewItem[];
	next?: { label: string; href: string };
}

export type Answer = AttemptFact & MasteryAttempt;

export function dashboard(
	outline: Outline,
	answers: Answer[],
	load: ReviewLoad,
	now: Date
): Dashboard {
	const progress = deriveProgress(outline, answers);
	const m = `/${outline.slug}`;
	const ids = (qs: { id: string }[]) => qs.map((q) => q.id);
	const known = new Set([
		...outline.cases.flatMap((c) => c.sections.flatMap((s) => ids(s.questions))),
		...outline.dimensions.flatMap((d) => ids(d.questions))
	]);
	const mine = answers.filter((a) => known.has(a.questionId));
	const index = indexAttempts(mine);

	const cases = outline.cases.map((c) => ({
		slug: c.slug,
		title: c.title,
		href: `${m}/${c.slug}`,
		mastery: unitMastery(
			c.sections.flatMap((s) => ids(s.questions)),
			mine
		),
		sections: c.sections.map((s) => ({
			slug: s.slug,
			title: s.title,
			href: `${m}/${c.slug}#${s.slug}`,
			mastery: unitMastery(ids(s.questions), index)
		}))
	}));
	const dimensions = outline.dimensions.map((d) => ({
		slug: d.slug,
		title: d.title,
		href: `${m}/compare#${d.slug}`,
		mastery: unitMastery(ids(d.questions), index)
	}));

	const bySkill = new Map<Skill, string[]>();
	for (const q of [
		...outline.cases.flatMap((c) => c.sections.flatMap((s) => s.questions)),
		...outline.dimensions.flatMap((d) => d.questions)
	]) {
		bySkill.set(q.skill, [...(bySkill.get(q.skill) ?? []), q.id]);
	}
	const skills = [...bySkill].map(([skill, questionIds]) => ({
		skill,
		title: skillNoun[skill],
		total: questionIds.length,
		mastery: unitMastery(questionIds, index, skillNoun[skill])
	}));

	const groupOf = new Map<string, string>();
	for (const c of outline.cases)
		for (const s of c.sections) for (const q of s.questions) groupOf.set(q.id, c.slug);
	for (const d of outline.dimensions) for (const q of d.questions) groupOf.set(q.id, 'comparison');
	const due = dueForReview(mine, (id) => groupOf.get(id), load, now);

	return {
		progress,
		cases,
		dimensions,
		skills,
		due,
		next: nextStep(outline, progress, due.length)
	};
}

/** One suggestion, in this order: due reviews, the section in progress, the next one not started. */
function nextStep(outline: Outline, progress: ModuleProgress, due: number): Dashboard['next'] {
	const m = `/${outline.slug}`;
	if (due > 0)
		return {
			label: `Review ${due} question${due === 1 ? '' : 's'} that ${due === 1 ? 'is' : 'are'} due`,
			href: `${m}/review`
		};
	const titleOf = (place: Place) =>
		place.case
			? outline.cases
					.find((c) => c.slug === place.case)
					?.sections.find((s) => s.slug === place.section)?.title
			: outline.dimensions.find((d) => d.slug === place.section)?.title;
	const hrefOf = (place: Place) =>
		place.case ? `${m}/${place.case}#${place.section}` : `${m}/compare#${place.section}`;
	if (progress.resume) {
		const status = progress.resume.case
			? progress.cases[progress.resume.case]?.sections[progress.resume.section]?.status
			: progress.comparison.dimensions[progress.resume.section]?.status;
		if (status !== 'complete')
			return {
				label: `${status === 'in-progress' ? 'Finish' : 'Start'}: ${titleOf(progress.resume)}`,
				href: hrefOf(progress.resume)
			};
	}
	for (const c of outline.cases)
		for (const s of c.sections)
			if (progress.cases[c.slug]?.sections[s.slug]?.status !== 'complete')
				return { label: `Start: ${c.title}, ${s.title}`, href: `${m}/${c.slug}#${s.slug}` };
	for (const d of outline.dimensions)
		if (progress.comparison.dimensions[d.slug]?.status !== 'complete')
			return { label: `Compare: ${d.title}`, href: `${m}/compare#${d.slug}` };
	return undefined;
}
