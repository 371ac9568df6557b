import type { Outline } from '$lib/content/outline';
import type { Place } from '$lib/content/types';
import type { QuestionState } from './state';

export type { Outline, Place };

export interface QuestionProgress {
	attempts: number;
	/** The first attempt counts for mastery; retries never overwrite it. */
	firstCorrect: boolean;
	latestCorrect: boolean;
	firstEarned: number;
	total: number;
	/** Answered in a test whose results are held: counted as answered, never as right. */
	held?: true;
}

export type Status = 'not-started' | 'in-progress' | 'complete';

export interface UnitProgress {
	total: number;
	answered: number;
	/** Questions right on the first attempt. */
	firstTryCorrect: number;
	/** Questions whose latest attempt is right. */
	correctNow: number;
	/** Questions answered in a test whose results are not out yet. */
	held: number;
	status: Status;
}

export interface ModuleProgress extends UnitProgress {
	cases: Record<string, UnitProgress & { sections: Record<string, UnitProgress> }>;
	comparison: UnitProgress & { dimensions: Record<string, UnitProgress> };
	questions: Record<string, QuestionProgress>;
	/** When the learner last answered anything here. */
	lastActivity?: string;
	/** Where to pick up: the unit last worked on, or the next one when it is done. */
	resume?: Place;
}

/**
 * The one derivation of progress, from the state of each question answered; every view uses it.
 * States of questions no longer in the content are ignored. The questions in `held` are in a test
 * whose results the learner may not see yet: they count as answered, and as neither right nor
 * wrong.
 */
export function deriveProgress(
	outline: Outline,
	states: ReadonlyMap<string, QuestionState>,
	held: ReadonlySet<string> = new Set()
): ModuleProgress {
	const unitOf = new Map<string, number>();
	outline.units.forEach((unit, i) => unit.questions.forEach((q) => unitOf.set(q.id, i)));

	const questions: Record<string, QuestionProgress> = {};
	let last: QuestionState | undefined;
	for (const state of states.values()) {
		if (!unitOf.has(state.questionId)) continue;
		if (!last || state.latest.id > last.latest.id) last = state;
		questions[state.questionId] = held.has(state.questionId)
			? {
					attempts: state.attempts,
					firstCorrect: false,
					latestCorrect: false,
					firstEarned: 0,
					total: state.first.total,
					held: true
				}
			: {
					attempts: state.attempts,
					firstCorrect: state.first.correct,
					latestCorrect: state.latest.correct,
					firstEarned: state.first.earned,
					total: state.first.total
				};
	}

	const count = (ids: string[]): UnitProgress => {
		const answered = ids.filter((id) => questions[id]).length;
		return {
			total: ids.length,
			answered,
			firstTryCorrect: ids.filter((id) => questions[id]?.firstCorrect).length,
			correctNow: ids.filter((id) => questions[id]?.latestCorrect).length,
			held: ids.filter((id) => questions[id]?.held).length,
			status: answered === 0 ? 'not-started' : answered === ids.length ? 'complete' : 'in-progress'
		};
	};
	const idsOf = (units: Outline['units']) => units.flatMap((u) => u.questions.map((q) => q.id));
	const units = outline.units.map((unit) => count(idsOf([unit])));

	const cases: ModuleProgress['cases'] = {};
	for (const c of outline.cases) {
		const own = outline.units.filter((u) => u.place.kind === 'section' && u.place.case === c.slug);
		cases[c.slug] = {
			...count(idsOf(own)),
			sections: Object.fromEntries(
				own.map((u) => [
					u.place.kind === 'section' ? u.place.section : '',
					units[outline.units.indexOf(u)]!
				])
			)
		};
	}
	const dimensions = outline.units.filter((u) => u.place.kind === 'dimension');
	const comparison = {
		...count(idsOf(dimensions)),
		dimensions: Object.fromEntries(
			dimensions.map((u) => [
				u.place.kind === 'dimension' ? u.place.dimension : '',
				units[outline.units.indexOf(u)]!
			])
		)
	};

	let resume: Place | undefined;
	if (last) {
		// The unit last worked on, unless it is done: then the next unfinished one in reading order.
		const here = unitOf.get(last.questionId)!;
		const unfinished = (i: number) => units[i]!.status !== 'complete';
		const order = [...units.keys()];
		const next = unfinished(here)
			? here
			: (order.slice(here + 1).find(unfinished) ?? order.slice(0, here).find(unfinished));
		resume = next === undefined ? undefined : outline.units[next]!.place;
	}

	return {
		...count(idsOf(outline.units)),
		cases,
		comparison,
		questions,
		lastActivity: last?.latest.at,
		resume
	};
}
