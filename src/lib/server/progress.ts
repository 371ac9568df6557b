import type { Module } from '$lib/content/types';
import { deriveProgress, type ModuleProgress } from '$lib/progress/derive';
import { dashboard } from '$lib/progress/dashboard';
import { reviewLoads, type ReviewLoad } from '$lib/progress/review';
import { content } from './content';
import { findLearner, getDb, listAttempts } from './db';
import { toFacts } from './quiz';

/** Progress in every module for one learner, from a single query. */
export async function allProgress(
	learnerId: string | undefined
): Promise<{ module: Module; progress: ModuleProgress }[]> {
	const rows = learnerId ? await listAttempts(await getDb(), learnerId) : [];
	return content.modules.map((module) => ({
		module,
		progress: deriveProgress(module, toFacts(rows.filter((row) => row.module === module.slug)))
	}));
}

/** Progress without the per-question detail, for pages that list units. */
export function summary(progress: ModuleProgress) {
	const { questions: _questions, ...rest } = progress;
	return rest;
}

export function reviewLoadOf(value: string | undefined): ReviewLoad {
	return value && value in reviewLoads ? (value as ReviewLoad) : 'normal';
}

/** Mastery, reviews due and the next step in every module, for one learner. */
export async function dashboards(learnerId: string | undefined, now = new Date()) {
	const db = learnerId ? await getDb() : undefined;
	const rows = db && learnerId ? await listAttempts(db, learnerId) : [];
	const learner = db && learnerId ? await findLearner(db, learnerId) : undefined;
	const load = reviewLoadOf(learner?.review_load);
	return {
		load,
		recoveryCode: learner?.recovery_code ?? undefined,
		modules: content.modules.map((module) => ({
			module,
			dashboard: dashboard(
				module,
				toFacts(rows.filter((row) => row.module === module.slug)),
				load,
				now
			)
		}))
	};
}
