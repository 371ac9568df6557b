import type { Module } from '$lib/content/types';
import { dashboard } from '$lib/progress/dashboard';
import { deriveProgress, type ModuleProgress } from '$lib/progress/derive';
import { isReviewLoad, type ReviewLoad } from '$lib/progress/review-loads';
import { content, lookupsFor } from './content';
import { questionStates, findLearner, getDb } from './db';
import { heldFor, type Held } from './held';

/**
 * Whose eyes progress is derived for: the learner's own (the results of tests still running held
 * back), or a teacher's (everything).
 */
export type Viewer = 'learner' | 'teacher';

const keysOf = (held: Held | undefined): ReadonlySet<string> => new Set(held?.keys());

/** The learner's progress in a module. */
export async function moduleProgress(
	learnerId: string | undefined,
	module: Module
): Promise<ModuleProgress> {
	const [facts, held] = learnerId
		? await Promise.all([questionStates(await getDb(), learnerId, module.slug), heldFor(learnerId)])
		: [undefined, undefined];
	return deriveProgress(
		lookupsFor(module).outline,
		facts?.get(module.slug) ?? new Map(),
		keysOf(held?.get(module.slug))
	);
}

/** Progress in every module for one learner, from a single query. */
export async function allProgress(
	learnerId: string | undefined
): Promise<{ module: Module; progress: ModuleProgress }[]> {
	const [facts, held] = learnerId
		? await Promise.all([questionStates(await getDb(), learnerId), heldFor(learnerId)])
		: [new Map(), new Map()];
	return content.modules.map((module) => ({
		module,
		progress: deriveProgress(
			lookupsFor(module).outline,
			facts.get(module.slug) ?? new Map(),
			keysOf(held.get(module.slug))
		)
	}));
}

/** Progress without the per-question detail, for pages that list units. */
export function summary(progress: ModuleProgress) {
	const { questions: _questions, ...rest } = progress;
	return rest;
}

/**
 * Mastery, reviews due and the next step in every module, for one learner, as they see it
 * themselves or as their teacher does.
 */
export async function dashboards(
	learnerId: string | undefined,
	now = new Date(),
	viewer: Viewer = 'learner'
) {
	const db = learnerId ? await getDb() : undefined;
	const facts = db && learnerId ? await questionStates(db, learnerId) : new Map();
	const held = viewer === 'learner' ? await heldFor(learnerId, now) : new Map<string, Held>();
	const learner = db && learnerId ? await findLearner(db, learnerId) : undefined;
	const load: ReviewLoad = isReviewLoad(learner?.reviewLoad) ? learner.reviewLoad : 'normal';
	return {
		load,
		linkedBrowsers: learner?.linkedBrowsers ?? 0,
		modules: content.modules.map((module) => ({
			module,
			dashboard: dashboard(
				lookupsFor(module).outline,
				facts.get(module.slug) ?? new Map(),
				load,
				now,
				keysOf(held.get(module.slug))
			)
		}))
	};
}
